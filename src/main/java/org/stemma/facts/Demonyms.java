package org.stemma.facts;

import com.ibm.icu.util.Region;
import com.ibm.icu.util.ULocale;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Places and the words for their people and adjectives (decision 1121). A demonym is recognised by English
 * endings against a place: one the article names (decision 1120), or a country or region CLDR names in
 * English (ICU4J's territory names, already a dependency). CLDR has no demonyms (ICU4J 79.1's data has
 * "Mexican" only in a time zone's name), so the forms the endings
 * do not derive (Irish of Ireland, Thai of Thailand) are a short table, taken from the adjective and noun
 * forms the CIA World Factbook gives under "Nationality".
 */
final class Demonyms {

    /** Demonyms no English ending derives from the place, as folded forms: the demonym, then its place. */
    private static final Map<String, String> IRREGULAR = Map.ofEntries(
            Map.entry("irish", "ireland"), Map.entry("thai", "thailand"), Map.entry("dutch", "netherlands"),
            Map.entry("swiss", "switzerland"), Map.entry("filipino", "philippines"),
            Map.entry("filipina", "philippines"), Map.entry("philippine", "philippines"),
            Map.entry("argentine", "argentina"), Map.entry("french", "france"), Map.entry("welsh", "wales"),
            Map.entry("british", "britain"), Map.entry("briton", "britain"), Map.entry("scottish", "scotland"),
            Map.entry("scot", "scotland"), Map.entry("english", "england"), Map.entry("greek", "greece"),
            Map.entry("danish", "denmark"), Map.entry("dane", "denmark"), Map.entry("spanish", "spain"),
            Map.entry("spaniard", "spain"), Map.entry("portuguese", "portugal"), Map.entry("lebanese", "lebanon"),
            Map.entry("peruvian", "peru"), Map.entry("norwegian", "norway"), Map.entry("belgian", "belgium"),
            Map.entry("icelandic", "iceland"), Map.entry("finn", "finland"), Map.entry("finnish", "finland"), Map.entry("swede", "sweden"),
            Map.entry("pole", "poland"), Map.entry("turk", "turkey"), Map.entry("turkish", "turkey"),
            Map.entry("czech", "czechia"), Map.entry("slovak", "slovakia"), Map.entry("croat", "croatia"),
            Map.entry("serb", "serbia"), Map.entry("cypriot", "cyprus"), Map.entry("burmese", "burma"),
            Map.entry("lao", "laos"), Map.entry("malagasy", "madagascar"), Map.entry("congolese", "congo"),
            Map.entry("emirati", "emirates"), Map.entry("saudi", "arabia"), Map.entry("american", "america"),
            Map.entry("korean", "korea"), Map.entry("afghan", "afghanistan"), Map.entry("iraqi", "iraq"),
            Map.entry("monegasque", "monaco"), Map.entry("bahraini", "bahrain"));

    /** One-word English names of CLDR's territories and regions, folded ("mexico", "europe", "burma"). */
    private static final Set<String> PLACES = places();

    private Demonyms() {
    }

    private static Set<String> places() {
        Set<String> out = new HashSet<>();
        List<Region> regions = new ArrayList<>();
        for (Region.RegionType type : List.of(Region.RegionType.TERRITORY, Region.RegionType.CONTINENT,
                Region.RegionType.SUBCONTINENT)) {
            regions.addAll(Region.getAvailable(type));
        }
        for (Region r : regions) {
            // "Myanmar (Burma)": both names.
            String name = ULocale.getDisplayCountry("und_" + r, ULocale.ENGLISH);
            for (String part : name.replace(")", "").split(" \\(")) {
                if (part.chars().allMatch(Character::isLetter)) {
                    out.add(part.toLowerCase(Locale.ROOT));
                }
            }
        }
        out.addAll(IRREGULAR.values());
        return Set.copyOf(out);
    }

    /** Whether this folded word is a country or region CLDR names in one word. */
    static boolean knownPlace(String folded) {
        return PLACES.contains(folded);
    }

    /** Whether this folded word is the people or adjective of a country or region CLDR names. */
    static boolean knownDemonym(String folded) {
        String singular = singular(folded);
        for (String form : singular.equals(folded) ? List.of(folded) : List.of(folded, singular)) {
            if (IRREGULAR.containsKey(form)) {
                return true;
            }
            for (String place : bases(form)) {
                if (!place.equals(form) && PLACES.contains(place)) {
                    return true;
                }
            }
            // Finnish of Finland, Swedish of Sweden: the place begins with the stem.
            if (form.endsWith("ish") && form.length() >= 6) {
                String stem = form.substring(0, form.length() - 3);
                for (String place : PLACES) {
                    if (place.startsWith(stem) && place.length() <= stem.length() + 3) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** "Kazakhs" → "Kazakh", "Poles" → "Pole"; short words keep their s ("Laos"). */
    static String singular(String w) {
        return w.endsWith("s") && w.length() > 4 ? w.substring(0, w.length() - 1) : w;
    }

    /**
     * The places a word could be the demonym of, by English endings: Kazakh and Kazakhs of Kazakhstan, Uzbek
     * of Uzbekistan, Kazakhstani, Russian of Russia, Ukrainian of Ukraine, European of Europe, Italian of
     * Italy, Mexican of Mexico, Chinese of China, Western of West.
     */
    static List<String> bases(String w) {
        List<String> out = new ArrayList<>();
        out.add(w + "stan");
        out.add(w + "istan");
        if (w.endsWith("i") && w.length() > 4) {
            out.add(w.substring(0, w.length() - 1));
        }
        if (w.endsWith("ern") && w.length() > 5) {
            out.add(w.substring(0, w.length() - 3));
        }
        for (String suffix : List.of("ian", "ean", "an", "n", "ese")) {
            if (w.endsWith(suffix) && w.length() > suffix.length() + 2) {
                String stem = w.substring(0, w.length() - suffix.length());
                out.add(stem);
                out.add(stem + "a");
                out.add(stem + "e");
                out.add(stem + "y");
                if (suffix.equals("an")) {
                    out.add(stem + "o");
                }
            }
        }
        return out;
    }
}
