package org.stemma.platform;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * The one log: {@code stemma.log} in the per-user data folder's {@code logs} folder. Everything logs
 * through {@code java.util.logging}, which is where {@code System.getLogger} goes, where commons-logging
 * (PDFBox) goes when no other backend is on the class path, and what sqlite-jdbc uses without SLF4J; so
 * taking the console handler off the root logger and putting this file there quiets every library on the
 * terminal (decision record 0310). Several Stemmas may append at once: each line carries the process id.
 * The file is rolled over to {@code stemma.log.1} when it passes {@link #ROLL_BYTES} at start.
 */
public final class AppLog {

    public static final String FILE = "stemma.log";
    static final long ROLL_BYTES = 4L * 1024 * 1024;

    private static Path installed;

    private AppLog() {
    }

    /** Where the log is kept. */
    public static Path folder() {
        return UserDirectories.dataDir().resolve("logs");
    }

    /** The log file of this process, or {@code null} before {@link #install}. */
    public static synchronized Path file() {
        return installed;
    }

    /** Routes all logging to the log file in {@link #folder()}; call first thing in {@code main}. */
    public static void install() {
        install(folder());
    }

    /**
     * Routes all logging to {@code folder/stemma.log} and nowhere else. When the folder cannot be
     * written, one line on stderr says so and the records are dropped: the terminal stays quiet.
     */
    public static synchronized void install(Path folder) {
        Logger root = LogManager.getLogManager().getLogger("");
        for (Handler h : root.getHandlers()) {
            root.removeHandler(h);
            h.close();
        }
        Path file = folder.resolve(FILE);
        try {
            Files.createDirectories(folder);
            if (Files.isRegularFile(file) && Files.size(file) > ROLL_BYTES) {
                Files.move(file, folder.resolve(FILE + ".1"), StandardCopyOption.REPLACE_EXISTING);
            }
            root.addHandler(new FileAppender(file));
            installed = file;
        } catch (IOException e) {
            System.err.println("stemma: the log cannot be written in " + Messages.quote(folder) + " ("
                    + Messages.oneLine(e.getMessage()) + "); nothing will be logged");
            installed = null;
        }
        root.setLevel(Level.INFO);
    }

    /** Appends each record to the file at once, so that a killed process loses none it logged. */
    private static final class FileAppender extends Handler {
        private final OutputStream out;

        FileAppender(Path file) throws IOException {
            out = Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            setFormatter(new Line());
            setLevel(Level.ALL);
        }

        @Override
        public synchronized void publish(LogRecord record) {
            if (!isLoggable(record)) {
                return;
            }
            try {
                out.write(getFormatter().format(record).getBytes(StandardCharsets.UTF_8));
                out.flush();
            } catch (IOException | RuntimeException e) {
                reportError("log record lost", e, 0);
            }
        }

        @Override
        public void flush() {
            // Every record is flushed as it is written.
        }

        @Override
        public synchronized void close() {
            try {
                out.close();
            } catch (IOException e) {
                reportError("log not closed", e, 0);
            }
        }
    }

    /** One line per record (time, process, level, logger, message), then the stack trace if any. */
    private static final class Line extends Formatter {
        private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS")
                .withZone(ZoneId.systemDefault());
        private static final long PID = ProcessHandle.current().pid();

        @Override
        public String format(LogRecord r) {
            StringBuilder line = new StringBuilder(160)
                    .append(TIME.format(Instant.ofEpochMilli(r.getMillis()))).append(" [").append(PID).append("] ")
                    .append(r.getLevel().getName()).append(' ').append(r.getLoggerName()).append(": ")
                    .append(Messages.oneLine(formatMessage(r))).append('\n');
            if (r.getThrown() != null) {
                StringWriter trace = new StringWriter();
                r.getThrown().printStackTrace(new PrintWriter(trace));
                line.append(trace);
            }
            return line.toString();
        }
    }
}
