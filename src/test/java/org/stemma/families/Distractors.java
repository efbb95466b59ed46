package org.stemma.families;

import java.util.List;

/** Articles of my own on the same story: they quote the same people, share no text with it. */
final class Distractors {

    static final String SIGN_OFF = "This article is distributed by the Central Asia Desk syndicate and may be republished"
            + " under its terms. The views expressed are those of the author and not of the syndicate. Corrections"
            + " and complaints go to the syndicate's readers' editor, who answers within seven days.";

    private Distractors() {
    }

    static List<String> keepingDistance() {
        return List.of(
                "Kazakhstan is quietly widening the gap between itself and the Kremlin, diplomats in Astana say.",
                "The steppe republic still sells most of its oil through a Russian pipeline to the Black Sea, and"
                        + " officials there are careful never to criticise Moscow by name.",
                "Yet the tone has changed since February, when the first columns of tanks rolled towards Kyiv.",
                "In a conversation with a German newspaper, a senior diplomat put it bluntly: \u201cIf there is an Iron"
                        + " Curtain again, we don't want to be behind it.\u201d",
                "Analysts in Almaty read the remark as a message to European buyers of uranium and grain.",
                "The diplomat added that the reforms were no favour to anyone abroad: \u201cIt's because our president"
                        + " knows it's the only way forward.\u201d",
                "Russian state television has answered with a week of segments about ungrateful neighbours.",
                "For now trade figures show little change, and the border crossings near Petropavl stay busy.",
                SIGN_OFF);
    }

    static List<String> europeanMarket() {
        return List.of(
                "European buyers are lining up for Kazakh gas as sanctions close other doors.",
                "At a forum in Frankfurt this week, energy traders compared the Caspian fields with the North Sea of"
                        + " the 1970s.",
                "The government in Nur-Sultan wants pipelines that do not cross Russian territory, and has asked"
                        + " Azerbaijan and Georgia to study a route under the Caspian.",
                "Its deputy foreign minister has spoken of a choice between two blocs: \u201cIf there is an Iron Curtain"
                        + " again, we don't want to be behind it.\u201d",
                "Bankers at the forum were less sure that the money would follow so quickly.",
                "Asked why the country was changing course, he said: \u201cIt's because our president knows it's the only"
                        + " way forward.\u201d",
                "A route across the sea would take at least six years to build and would need European guarantees.",
                SIGN_OFF);
    }
}
