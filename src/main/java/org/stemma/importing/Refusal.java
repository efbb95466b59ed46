package org.stemma.importing;

/** Why a format reader gave up on a file: one line for the analyst, without the file name. */
final class Refusal extends Exception {
    Refusal(String reason) {
        super(reason, null, false, false);
    }
}
