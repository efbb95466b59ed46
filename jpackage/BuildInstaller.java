import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Builds Stemma's installer for the platform it runs on; {@code mvn -Pinstaller package} runs it (see the
 * pom and jpackage/README.md) after the jar and its lib/ are built. Plain Java, so the same recipe runs
 * on Linux, Windows and macOS without a shell:
 * <ol>
 *   <li>input: target/stemma.jar and target/lib/, with the SQLite driver cut down to this platform's library;</li>
 *   <li>runtime: jlink of the modules jdeps finds (plus the service modules it cannot see), with a
 *       class-data-sharing archive, the largest single start-up saving;</li>
 *   <li>app image, then the installer (deb, msi or dmg) made from that same image, into target/installer/.</li>
 * </ol>
 * Usage: {@code java jpackage/BuildInstaller.java --type deb --name stemma --version 0.1.0 --main-class C
 * --icon assets/stemma-256.png --description TEXT}, run from the project folder.
 */
public class BuildInstaller {

    /** Found at run time through ServiceLoader, so jdeps cannot see them: legacy charsets, zip file systems. */
    private static final List<String> SERVICE_MODULES = List.of("jdk.charsets", "jdk.zipfs");

    private static final String VENDOR = "The Stemma authors";

    private final Map<String, String> options;
    private final Path target = Path.of("target");
    private final Path work = target.resolve("installer-work");
    private final Path out = target.resolve("installer");
    private final String jdkBin = Path.of(System.getProperty("java.home"), "bin").toString();

    BuildInstaller(Map<String, String> options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        try {
            new BuildInstaller(options).build();
        } catch (BuildException e) {
            System.err.println("BuildInstaller: " + e.getMessage());
            System.exit(1);
        }
    }

    /** The launcher's JVM options from jpackage/java-options (one a line, # comments), as jpackage arguments. */
    static List<String> javaOptions() throws IOException {
        List<String> out = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("jpackage", "java-options"))) {
            if (!line.isBlank() && !line.strip().startsWith("#")) {
                out.add("--java-options");
                out.add(line.strip());
            }
        }
        return out;
    }

    void build() throws IOException, InterruptedException {
        String type = option("type");
        String version = installerVersion(type);
        deleteTree(work);
        deleteTree(out);
        Files.createDirectories(out);

        Path input = work.resolve("input");
        copyInput(input);
        String modules = modules(input);
        Path runtime = work.resolve("runtime");
        run(tool("jlink"), "--add-modules", modules, "--output", runtime.toString(),
                "--strip-debug", "--no-man-pages", "--no-header-files", "--generate-cds-archive");
        // Only used when the heap is over 32 GB (no compressed pointers): 11 MB for a case a desktop never meets.
        Files.deleteIfExists(runtime.resolve("lib/server/classes_nocoops.jsa"));

        List<String> image = new ArrayList<>(List.of(tool("jpackage"), "--type", "app-image",
                "--dest", out.toString(), "--name", option("name"), "--app-version", version,
                "--input", input.toString(), "--main-jar", "stemma.jar", "--main-class", option("main-class"),
                "--runtime-image", runtime.toString(), "--icon", option("icon"),
                "--vendor", VENDOR, "--description", option("description"),
                "--copyright", "Copyright (c) " + VENDOR));
        image.addAll(javaOptions());
        image.addAll(platformImageOptions(type));
        run(image);
        System.out.println("BuildInstaller: app image " + appImage(type));
        if (type.equals("deb")) {
            train(appImage(type));
        }

        if (!type.equals("app-image")) {
            List<String> installer = new ArrayList<>(List.of(tool("jpackage"), "--type", type,
                    "--dest", out.toString(), "--app-image", appImage(type).toString(),
                    "--name", option("name"), "--app-version", version,
                    "--vendor", VENDOR, "--description", option("description"),
                    "--copyright", "Copyright (c) " + VENDOR, "--license-file", "LICENSE", "--icon", option("icon"),
                    "--file-associations", "jpackage/stemma-project.properties"));
            Path resources = Path.of("jpackage", platform(type));
            if (Files.isDirectory(resources)) {
                installer.addAll(List.of("--resource-dir", resources.toString()));
            }
            installer.addAll(platformInstallerOptions(type));
            run(installer);
            try (Stream<Path> files = Files.list(out)) {
                files.filter(Files::isRegularFile).forEach(f -> System.out.println(
                        "BuildInstaller: installer " + f + " (" + size(f) + " MB)"));
            }
        }
    }

    /**
     * Starts the app image once under its smoke test, recording the classes it loads, into lib/app/; the
     * .deb's postinst turns the list into a class-sharing archive (see jpackage/linux/postinst). This is
     * also the first proof that the image starts. Without a display there is no training run and the
     * installed program starts more slowly.
     */
    private void train(Path image) throws IOException, InterruptedException {
        if (System.getenv("DISPLAY") == null) {
            System.out.println("BuildInstaller: WARNING no DISPLAY for the training run (try xvfb-run);"
                    + " the installer will lack its class list and Stemma will start more slowly");
            return;
        }
        Path list = image.resolve("lib/app/stemma.classlist");
        ProcessBuilder training = new ProcessBuilder(image.resolve("bin").resolve(option("name")).toString(),
                "--smoke-test").inheritIO();
        training.environment().put("JAVA_TOOL_OPTIONS", "-XX:DumpLoadedClassList=" + list.toAbsolutePath());
        if (training.start().waitFor() != 0) {
            throw new BuildException("the app image failed its smoke test (the line above says why)");
        }
        System.out.println("BuildInstaller: class list of " + Files.readAllLines(list).size() + " lines");
    }

    /** jpackage wants up to three numbers; macOS also refuses a first number of 0. */
    private String installerVersion(String type) {
        String version = option("version").replaceFirst("-.*$", "");
        if (!version.matches("\\d+(\\.\\d+){0,2}")) {
            throw new BuildException("version " + option("version") + " is not numbers like 1.2.3, as installers need");
        }
        if (type.equals("dmg") && version.startsWith("0")) {
            throw new BuildException("macOS refuses an app version starting with 0 (" + version
                    + "); pass -Dinstaller.version=1.0.0 or release 1.0 first");
        }
        return version;
    }

    private List<String> platformImageOptions(String type) {
        return type.equals("dmg") ? List.of("--mac-package-identifier", "org.stemma.Stemma") : List.of();
    }

    private List<String> platformInstallerOptions(String type) {
        return switch (type) {
            case "deb" -> List.of("--linux-package-name", "stemma", "--linux-shortcut",
                    "--linux-menu-group", "Office", "--linux-app-category", "misc");
            // A fixed upgrade code lets a newer msi replace an older one instead of installing beside it.
            case "msi" -> List.of("--win-menu", "--win-menu-group", "Stemma", "--win-shortcut",
                    "--win-dir-chooser", "--win-upgrade-uuid", "5d0f3e52-8f0e-4b7a-9c43-6a3e2b1f7c11");
            default -> List.of();
        };
    }

    private static String platform(String type) {
        return switch (type) {
            case "deb", "rpm" -> "linux";
            case "msi", "exe" -> "windows";
            case "dmg", "pkg" -> "macos";
            default -> "none";
        };
    }

    private Path appImage(String type) {
        return out.resolve(platform(type).equals("macos") ? option("name") + ".app" : option("name"));
    }

    /** The jar and its libraries, the SQLite driver trimmed to the native library this platform loads. */
    private void copyInput(Path input) throws IOException {
        Files.createDirectories(input.resolve("lib"));
        Files.copy(target.resolve("stemma.jar"), input.resolve("stemma.jar"));
        try (Stream<Path> jars = Files.list(target.resolve("lib"))) {
            for (Path jar : jars.sorted().toList()) {
                Path copy = input.resolve("lib").resolve(jar.getFileName());
                if (jar.getFileName().toString().startsWith("sqlite-jdbc-")) {
                    copySqliteForThisPlatform(jar, copy);
                } else {
                    Files.copy(jar, copy);
                }
            }
        }
    }

    /**
     * sqlite-jdbc carries its native library for 20 platforms (12 MB); an installer runs on one. Keeps
     * the folder the driver itself looks in (org/sqlite/native/OS/ARCH); if that folder is not in the
     * jar, the jar is copied whole rather than guessed at.
     */
    private static void copySqliteForThisPlatform(Path jar, Path copy) throws IOException {
        String natives = "org/sqlite/native/";
        String keep = natives + sqliteOs() + "/" + sqliteArch() + "/";
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            if (zip.stream().noneMatch(e -> e.getName().startsWith(keep) && !e.isDirectory())) {
                System.out.println("BuildInstaller: no " + keep + " in " + jar.getFileName() + "; copied whole");
                Files.copy(jar, copy);
                return;
            }
            try (OutputStream file = Files.newOutputStream(copy); ZipOutputStream zipOut = new ZipOutputStream(file)) {
                for (ZipEntry entry : Collections.list(zip.entries())) {
                    String name = entry.getName();
                    if (name.startsWith(natives) && !keep.startsWith(name) && !name.startsWith(keep)) {
                        continue;
                    }
                    ZipEntry kept = new ZipEntry(name);
                    kept.setTime(entry.getTime());
                    zipOut.putNextEntry(kept);
                    try (InputStream in = zip.getInputStream(entry)) {
                        in.transferTo(zipOut);
                    }
                    zipOut.closeEntry();
                }
            }
        }
    }

    /** The names sqlite-jdbc's OSInfo uses. */
    private static String sqliteOs() {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        return os.contains("win") ? "Windows" : os.contains("mac") ? "Mac" : os.contains("linux") ? "Linux" : os;
    }

    private static String sqliteArch() {
        String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
        return switch (arch) {
            case "amd64", "x86_64" -> "x86_64";
            case "aarch64", "arm64" -> "aarch64";
            default -> arch;
        };
    }

    private String modules(Path input) throws IOException, InterruptedException {
        // A modular library (FastExcel) requires another jar of lib/ as a module: the module path lets
        // jdeps resolve it instead of failing.
        List<String> command = new ArrayList<>(List.of(tool("jdeps"), "--print-module-deps", "--ignore-missing-deps",
                "--multi-release", "17", "--module-path", input.resolve("lib").toString(),
                input.resolve("stemma.jar").toString()));
        try (Stream<Path> jars = Files.list(input.resolve("lib"))) {
            jars.sorted().forEach(j -> command.add(j.toString()));
        }
        List<String> lines = runForOutput(command);
        String found = lines.isEmpty() ? "" : lines.get(lines.size() - 1).strip();
        if (!found.matches("[\\w.]+(,[\\w.]+)*")) {
            throw new BuildException("jdeps printed no module list (last line: '" + found + "')");
        }
        List<String> modules = new ArrayList<>(List.of(found.split(",")));
        SERVICE_MODULES.stream().filter(m -> !modules.contains(m)).forEach(modules::add);
        System.out.println("BuildInstaller: runtime modules " + String.join(",", modules));
        return String.join(",", modules);
    }

    private String tool(String name) {
        return Path.of(jdkBin, name).toString();
    }

    private String option(String name) {
        String value = options.get(name);
        if (value == null || value.isBlank()) {
            throw new BuildException("missing --" + name);
        }
        return value;
    }

    private static void run(String... command) throws IOException, InterruptedException {
        run(List.of(command));
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).inheritIO().start();
        if (p.waitFor() != 0) {
            throw new BuildException(Path.of(command.get(0)).getFileName() + " failed with exit code " + p.exitValue());
        }
    }

    private static List<String> runForOutput(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<String> lines = new String(p.getInputStream().readAllBytes()).lines().toList();
        if (p.waitFor() != 0) {
            lines.forEach(System.err::println);
            throw new BuildException(Path.of(command.get(0)).getFileName() + " failed with exit code " + p.exitValue());
        }
        return lines;
    }

    private static long size(Path file) {
        try {
            return Math.round(Files.size(file) / 1e6);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** A reason the build cannot go on, said in one line. */
    static final class BuildException extends RuntimeException {
        BuildException(String message) {
            super(message);
        }
    }
}
