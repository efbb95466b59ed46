package org.stemma.bench;

import java.util.HashMap;
import java.util.Map;

/** The words {@link SyntheticCorpus} writes news with: large enough that unrelated articles share few phrases. */
final class NewsLexicon {

    static final String[] NOUNS = words("""
            government minister parliament committee council agency ministry court judge lawyer prosecutor police
            army soldier officer general border region province city village capital district port harbour airport
            railway station bridge road motorway tunnel pipeline refinery factory plant mine field farm harvest crop
            wheat grain cattle water river dam flood storm drought fire forest coast island valley mountain desert
            school teacher student university hospital doctor nurse patient clinic vaccine virus outbreak disease
            bank loan debt budget deficit tax tariff price wage salary pension market share investor company firm
            bid contract deal agreement treaty summit talks meeting conference election vote ballot poll campaign
            candidate party coalition opposition leader president premier mayor governor envoy ambassador embassy
            sanction embargo export import shipment cargo fleet tanker ship aircraft drone missile weapon rifle
            exercise parade ceremony anniversary holiday festival celebration concert museum exhibition newspaper
            broadcaster journalist reporter editor website platform network phone satellite cable server database
            report study survey figure estimate forecast review audit inquiry investigation scandal protest strike
            rally crowd demonstrator worker union employer industry sector economy currency inflation recession
            growth output demand supply shortage fuel gas oil coal electricity grid reactor turbine battery car truck
            bus train ferry passenger traveller tourist visitor resident citizen family child pupil parent neighbour
            church mosque temple monument square palace house apartment rent mortgage tenant landlord building permit
            license fine penalty verdict sentence appeal hearing witness testimony evidence document letter statement
            decree law bill amendment reform plan programme project scheme fund grant subsidy aid donor charity
            refugee migrant camp shelter ration blanket medicine supply convoy corridor ceasefire truce offensive
            attack raid strike casualty victim survivor rescue team volunteer engineer scientist expert analyst
            spokesman spokeswoman adviser deputy secretary director chairman chief executive founder owner partner
            rival ally neighbour partner critic supporter voter member delegate observer monitor inspector auditor
            dispute conflict tension crisis threat risk warning concern fear hope promise pledge demand request
            decision move step measure policy strategy approach priority goal target deadline schedule delay
            postponement cancellation suspension closure opening launch return departure arrival visit tour trip""");
    static final String[] ADJECTIVES = words("""
            new old large small major minor public private national local regional foreign domestic military civil
            economic political financial social legal official informal senior junior former current future recent
            early late final initial annual monthly weekly daily central northern southern eastern western coastal
            rural urban main key vital crucial critical serious severe mild sharp steep sudden gradual rapid slow
            strong weak heavy light high low long short wide narrow deep shallow rich poor cheap costly expensive
            free open closed secret hidden clear vague uncertain unclear likely unlikely possible impossible rare
            common unusual surprising shocking modest bold cautious careful angry calm tense quiet loud fierce
            friendly hostile neutral independent joint separate similar different entire partial full empty
            growing falling rising declining stable fragile broken damaged safe dangerous fresh historic symbolic""");
    static final String[] VERBS = words("""
            announced approved rejected delayed postponed cancelled suspended reopened closed expanded reduced raised
            cut lowered doubled tripled extended shortened signed ratified blocked backed opposed criticised praised
            condemned welcomed questioned investigated examined reviewed inspected visited toured hosted attended
            joined left entered crossed seized captured released freed detained arrested charged sentenced fined
            banned allowed ordered demanded requested offered promised pledged threatened warned urged asked told
            informed reported revealed disclosed published leaked confirmed denied admitted acknowledged defended
            protected secured restored repaired rebuilt replaced removed destroyed damaged hit struck flooded burned
            evacuated rescued supplied delivered shipped exported imported bought sold purchased leased rented hired
            fired dismissed appointed elected nominated replaced succeeded followed preceded""");
    static final String[] ADVERBS = words("""
            quickly slowly sharply gradually suddenly quietly openly publicly privately repeatedly briefly largely
            partly mostly nearly almost fully widely narrowly strongly firmly formally officially reportedly
            apparently allegedly reluctantly eagerly""");
    static final String[] PREPOSITIONS = words("in at near across along around before after during despite without under over through against");
    static final String[] TIMES = words("Monday Tuesday Wednesday Thursday Friday Saturday Sunday");
    static final String[] MONTHS = words("January February March April May June July August September October November December");
    static final String[] SAYING = words("said stated added noted explained insisted argued claimed stressed suggested");

    /** A synonym for each of some words, the way spinning software swaps them. */
    static final Map<String, String> SPIN = new HashMap<>();

    static {
        String[] pairs = words("""
                said stated announced declared approved endorsed rejected dismissed delayed deferred postponed delayed
                cancelled scrapped suspended halted closed shut expanded enlarged reduced lowered raised increased cut
                trimmed criticised condemned praised commended warned cautioned urged pressed told informed revealed
                disclosed confirmed verified denied rejected admitted conceded defended protected restored reinstated
                destroyed ruined evacuated cleared bought acquired sold offloaded fired sacked appointed named
                large big small little major big public state national countrywide foreign overseas senior high
                former previous current present recent latest early initial final last main chief key central
                crucial vital serious grave severe harsh sharp steep sudden abrupt rapid swift slow sluggish strong
                robust weak feeble heavy hefty expensive costly secret covert clear evident likely probable angry
                furious calm composed fierce intense hostile adversarial growing mounting rising increasing
                government administration minister secretary talks negotiations meeting session agreement accord
                deal pact company firm report account study analysis figure number estimate projection plan scheme
                protest demonstration strike walkout crisis emergency threat menace concern worry decision ruling
                move step measure action policy strategy goal aim target objective quickly rapidly slowly gradually
                publicly openly officially formally reportedly supposedly largely mostly nearly almost meaningful important
                important significant expert specialist officials authorities capital main city statement communique""");
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            SPIN.putIfAbsent(pairs[i], pairs[i + 1]);
        }
    }

    private NewsLexicon() {
    }

    private static String[] words(String text) {
        return text.strip().split("\\s+");
    }
}
