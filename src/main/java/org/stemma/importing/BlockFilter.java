package org.stemma.importing;

import org.stemma.importing.TextBlocks.Block;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Drops the runs of text inside an article region that are not article text: the headline (it is the
 * title), bylines and datelines, link lists, "Read more" teasers and advertising labels, in English,
 * German and French, and stray one- or two-word labels such as photo credits (a table cell is data, not a
 * label).
 */
final class BlockFilter {

    private static final Pattern PROMO = Pattern.compile("^\\W*(?:read more|read also|also read|read next|more on this"
            + "|more:|related(?: articles| stories| coverage| content)?\\b|see also|watch(?: now)?:|listen:|recommended"
            + "|don[’']t miss|sign up|subscribe|advertisement|sponsored|continue reading|story continues|scroll to continue"
            + "|click here|share this|follow us|lesen sie (?:auch|mehr)|mehr zum thema|mehr dazu|auch interessant"
            + "|das könnte sie auch interessieren|weiterlesen|anzeige|werbung|zum thema|folgen sie uns|lire aussi"
            + "|à lire aussi|a lire aussi|voir aussi|sur le même sujet|publicité|lire la suite|à voir aussi"
            + "|suivez-nous|copyright|©)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final int PROMO_MAX_CHARS = 200;

    /** Picture credits and reading-time labels, which some pages print as lines of the body. */
    private static final Pattern LABEL_LINE = Pattern.compile("^\\(?(?:photo|photograph|image|picture|pictures|foto|fotos"
            + "|bild|illustration|crédit photo|video)s?\\s*:|^\\d+\\s*min(?:ute)?s?\\s+(?:read|lesezeit|de lecture)\\b"
            + "|^(?:reading time|lesezeit|temps de lecture)\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern BYLINE = Pattern.compile(
            "^(?iu:by|von|par|por|door|di|av)\\s+\\p{Lu}[\\p{L}'’.\\-]+(?:\\s+\\p{Lu}[\\p{L}'’.\\-]+){0,3}\\b.*");
    private static final Pattern DATELINE_START = Pattern.compile(
            "^(?:published|updated|last updated|posted|veröffentlicht|aktualisiert|stand|publié|mis à jour|modifié)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern DATE_WORDS = Pattern.compile("(?iu)\\b(?:jan(?:uary|uar)?|feb(?:ruary|ruar)?|mar(?:ch)?"
            + "|märz|apr(?:il)?|may|mai|jun[ei]?|juin|jul[iy]?|juillet|aug(?:ust)?|août|sep(?:t(?:ember)?)?|septembre"
            + "|oct(?:ober)?|okt(?:ober)?|octobre|nov(?:ember)?|novembre|dec(?:ember)?|dez(?:ember)?|décembre|janvier"
            + "|février|mars|avril|monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|mittwoch"
            + "|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|am|pm|gmt|utc"
            + "|bst|cet|cest|est|edt|pst|uhr|h|le|à|at|on|am|um)\\b");
    private static final Pattern ORDINAL = Pattern.compile("(?iu)\\b(\\d+)(?:st|nd|rd|th|er|re|e)\\b");
    private static final int LABEL_MAX_CHARS = 100;

    private BlockFilter() {
    }

    static List<Block> keep(List<Block> blocks, String title) {
        String titleKey = title == null ? null : HtmlMetadata.key(title);
        List<Block> kept = new ArrayList<>();
        for (Block b : blocks) {
            if (!drop(b, titleKey)) {
                kept.add(b);
            }
        }
        return kept;
    }

    private static boolean drop(Block b, String titleKey) {
        String text = b.text();
        if (b.owner().normalName().equals("h1") || isTitle(text, titleKey)) {
            return true;
        }
        if (b.linkDensity() > 0.5) {
            return true;
        }
        if (b.chars() < PROMO_MAX_CHARS && PROMO.matcher(text).find()) {
            return true;
        }
        if (b.chars() < LABEL_MAX_CHARS && LABEL_LINE.matcher(text).find()) {
            return true;
        }
        if (b.chars() < LABEL_MAX_CHARS && !Paragraphs.endsSentence(text)
                && (BYLINE.matcher(text).matches() || DATELINE_START.matcher(text).find() || dateOnly(text))) {
            return true;
        }
        String tag = b.owner().normalName();
        boolean tableCell = tag.equals("td") || tag.equals("th");
        return !b.heading() && !tableCell && Paragraphs.words(text) < 3 && !Paragraphs.endsSentence(text);
    }

    private static boolean isTitle(String text, String titleKey) {
        return titleKey != null && Math.abs(text.length() - titleKey.length()) <= titleKey.length() / 4 + 4
                && HtmlMetadata.key(text).equals(titleKey);
    }

    /** "12 March 2024, 10:15 GMT", "Mardi 12 mars 2024 à 10h15", "2024-03-12". */
    private static boolean dateOnly(String text) {
        if (text.chars().noneMatch(Character::isDigit)) {
            return false;
        }
        String rest = DATE_WORDS.matcher(ORDINAL.matcher(text).replaceAll(" ")).replaceAll(" ").replaceAll("[\\d\\p{P}\\s]+", "");
        return rest.isEmpty();
    }

}
