package org.stemma.quotes;

import java.util.Set;

/** The words the attribution rules know: English news prose's verbs of saying and its small words. */
final class Lexicon {

    /** Verbs that attribute words to someone, in the forms wire copy uses. */
    static final Set<String> VERBS = Set.of(
            "said", "says", "say", "told", "tells", "wrote", "writes", "added", "adds", "remarked", "remarks",
            "stated", "states", "explained", "explains", "estimated", "estimates", "noted", "notes", "argued",
            "argues", "asked", "asks", "replied", "replies", "responded", "responds", "warned", "warns",
            "claimed", "claims", "insisted", "insists", "declared", "declares", "announced", "announces",
            "tweeted", "tweets", "posted", "posts", "commented", "comments", "continued", "continues",
            "recalled", "recalls", "admitted", "admits", "acknowledged", "suggested", "suggests", "predicted",
            "concluded", "observed", "observes", "emphasised", "emphasized", "stressed", "stresses", "cautioned",
            "described", "describes", "describing", "called", "calls", "calling", "saying", "writing", "adding",
            "telling", "urged", "urges", "quipped", "conceded", "confirmed", "confirms", "denied", "agreed",
            "mused", "shouted", "wondered", "reported", "reports", "labelled", "labeled", "dubbed", "branded",
            "termed", "pledged", "vowed", "promised", "joked", "boasted", "complained", "alleged", "testified",
            // Verbs whose object is followed by the quoted words: "accused the party of “…”".
            "accused", "accuses", "accusing", "blamed", "criticised", "criticized", "condemned", "praised",
            "hailed", "dismissed", "quoted");

    /** Verbs that take the quoted words as a name for something: "called it a “war”". */
    static final Set<String> NAMING_VERBS = Set.of("described", "describes", "describing", "called", "calls",
            "calling", "labelled", "labeled", "dubbed", "branded", "termed");

    static final Set<String> AUXILIARIES = Set.of(
            "has", "have", "had", "was", "is", "were", "would", "will", "also", "further", "later", "then",
            "previously", "once", "again", "recently", "repeatedly", "reportedly", "publicly", "earlier", "just",
            "simply", "first", "openly", "not", "did", "does");

    static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that", "one", "another", "its", "their");

    static final Set<String> PERSONAL_PRONOUNS = Set.of("he", "she", "him", "her");
    static final Set<String> GROUP_PRONOUNS = Set.of("they", "it", "we", "them", "i");

    /** Small words inside a name ("Ministry of Defense", "Carnegie Endowment for International Peace"). */
    static final Set<String> CONNECTORS = Set.of("of", "for", "de", "van", "von", "der", "al", "bin", "la", "le",
            "du", "del", "and", "on");

    /** Where a speaker phrase read forward ends. */
    static final Set<String> BOUNDARIES = Set.of(
            "when", "who", "which", "in", "on", "at", "to", "via", "after", "during", "while", "as", "that",
            "because", "before", "from", "with", "about", "of", "and", "but", "for", "recently", "last", "this",
            "earlier", "later", "yesterday", "today", "by", "told");

    /** Words that make a capitalised run a body, outlet or place rather than a person. */
    static final Set<String> ORGANISATION_WORDS = Set.of("council", "ministry", "government", "organization",
            "organisation", "foundation", "university", "college", "commission", "committee", "agency", "news",
            "union", "assembly", "rada", "party", "bank", "fund", "institute", "center", "centre", "times", "post",
            "press", "daily", "express", "cooperation", "nations", "court", "army", "forces", "office",
            "department", "parliament", "congress", "senate", "kremlin", "republic", "states", "kingdom",
            "group", "association", "endowment", "company", "corporation", "inc", "ltd", "network", "service",
            "reuters", "tass", "ria", "bbc", "cnn", "dpa", "afp", "nato", "un", "eu", "journal", "tribune",
            "herald", "guardian", "telegraph", "board", "federation", "alliance", "forum", "league",
            "defense", "defence", "affairs", "embassy", "police", "diaspora");

    /** Capitalised words that never make a person's name. */
    static final Set<String> NOT_NAMES = Set.of("president", "minister", "prime", "secretary", "chancellor",
            "king", "queen", "general", "photo", "image", "getty", "ap", "bild", "pool", "sputnik", "google",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
            "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
            "day", "victory", "war", "square", "street", "the", "a", "an", "read", "more", "follow", "latest",
            "breaking", "live", "advertisement", "world", "east", "west", "north", "south", "central", "asia",
            "europe", "twitter", "facebook", "telegram", "instagram", "tiktok", "mr", "mrs", "ms", "dr", "prof",
            "sir", "in", "on", "at", "but", "and", "after", "as", "according", "however", "although", "this",
            "that", "there", "it", "he", "she", "they", "we", "i", "if", "when", "while", "because", "so",
            "since", "despite", "given", "for", "with", "by", "from", "even", "also", "yet", "still", "now");

    /** Nouns that end like adverbs, which a speaker phrase may end with. */
    static final Set<String> NOUNS_IN_LY = Set.of("family", "ally", "assembly", "supply", "rally", "monopoly", "italy");

    /** Titles before a name, which describe the person rather than name them. */
    static final Set<String> TITLES = Set.of("president", "minister", "prime", "secretary", "chancellor", "king",
            "queen", "general", "mr", "mrs", "ms", "dr", "prof", "sir", "governor", "senator", "mayor", "deputy",
            "foreign", "spokesman", "spokeswoman", "ambassador", "judge", "chairman", "chairwoman", "director",
            // Roles that wire copy sets before a name, capitalised at a sentence's start ("Passenger Ingrid Holm").
            "passenger", "resident", "witness", "candidate", "author", "officer", "chief", "executive", "leader",
            "analyst", "economist", "professor", "lawyer", "activist", "spokesperson", "commissioner",
            "councillor", "councilor", "inspector", "captain", "coach", "farmer", "teacher", "student", "nurse",
            "doctor", "volunteer", "survivor", "founder", "editor", "correspondent", "researcher", "scientist",
            "pilot", "driver", "shopkeeper", "owner", "manager", "sheriff", "lieutenant", "colonel", "sergeant",
            "commander", "admiral", "bishop", "archbishop", "rabbi", "imam", "attorney", "detective", "constable",
            "lawmaker", "legislator", "premier", "envoy", "negotiator", "prosecutor", "magistrate", "mp", "mep",
            "sen", "rep", "gov", "lt", "col", "gen", "sgt", "capt", "cllr", "opposition", "veteran", "fan",
            "worker", "miner", "protester", "organiser", "organizer", "host", "presenter", "trader");

    /** Small words that may stand lower-case inside a person's name ("Anko van der Werff", "Luiz da Silva"). */
    static final Set<String> NAME_PARTICLES = Set.of("van", "von", "der", "den", "de", "da", "dos", "das", "di",
            "du", "del", "della", "la", "le", "al", "bin", "ibn", "ter", "ten");

    /** Small words a title in title case leaves lower-case ("Lessons from the Count"). */
    static final Set<String> TITLE_SMALL_WORDS = Set.of("from", "to", "in", "on", "at", "by", "with", "into",
            "over", "under", "or", "nor", "but", "as", "up", "off", "vs");

    /** Words just before a quotation that make it a name whatever else the sentence says. */
    static final Set<String> NAMING_WORDS = Set.of("titled", "entitled", "headlined", "nicknamed", "codenamed");

    /** Heads of descriptions that refer to a body rather than a person ("the influential US daily"). */
    static final Set<String> ORGANISATION_NOUNS = Set.of("daily", "newspaper", "paper", "ministry", "agency",
            "council", "outlet", "broadcaster", "channel", "group", "organisation", "organization", "institute",
            "tank", "company", "government", "site", "portal", "magazine", "tabloid", "weekly", "publication",
            "website", "network", "body", "office", "department", "committee", "commission", "party", "union",
            "bank", "firm", "administration", "kremlin", "embassy", "service", "station", "broadsheet",
            "maker", "manufacturer", "carrier", "airline", "retailer", "operator", "insurer", "lender", "producer",
            "supplier", "chain", "startup", "brand", "giant", "watchdog", "regulator", "charity", "club", "team",
            "ngo", "authority", "consortium", "conglomerate", "developer", "utility", "platform");

    /** Platforms named after a verb of saying ("wrote on Twitter"): part of the cue. */
    static final Set<String> PLATFORMS = Set.of("twitter", "x", "facebook", "telegram", "instagram", "tiktok",
            "linkedin", "weibo", "youtube", "vkontakte", "threads", "bluesky", "mastodon", "social");

    /** Words before a quotation that make it the name of a work. */
    static final Set<String> TITLE_CUES = Set.of("titled", "entitled", "headlined", "book", "film", "song",
            "novel", "album", "report", "article", "documentary", "series", "show", "programme", "program",
            "column", "essay", "poem", "play", "movie", "campaign", "operation", "slogan", "hashtag", "study", "paper",
            "survey", "review", "manifesto", "handbook", "guide", "exhibition", "conference", "podcast", "bill");

    private Lexicon() {
    }

    static boolean isPronoun(String lower) {
        return PERSONAL_PRONOUNS.contains(lower) || GROUP_PRONOUNS.contains(lower);
    }
}
