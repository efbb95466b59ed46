package org.stemma.platform;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.concurrent.CompletionException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class MessagesTest {

    @Test
    void controlCharactersInANameAreShownAsEscapes() {
        assertEquals("'/tmp/a\\nb\\x1B[31mred\\r\\t.txt'", Messages.quote(Path.of("/tmp/a\nb\u001B[31mred\r\t.txt")));
        assertEquals("'x\\x7Fy\\x85z\\u2028w\\u202Egpj.exe'", Messages.quote("x\u007Fy\u0085z\u2028w\u202Egpj.exe"));
    }

    @Test
    void ordinaryNamesAreOnlyQuoted() {
        String name = "Über die Brücke — «reportage» 2024 (1).txt";
        assertEquals("'" + name + "'", Messages.quote(name));
        assertSame(name, Messages.oneLine(name));
        assertEquals("C:\\Users\\ann\\a.txt", Messages.oneLine("C:\\Users\\ann\\a.txt"));
        assertEquals("", Messages.oneLine(null));
    }

    @Test
    void causesSayWhatWentWrongNeverNull() {
        assertEquals("NullPointerException", Causes.describe(new CompletionException(new NullPointerException())));
        assertEquals("the disk is full", Causes.describe(new java.io.IOException("the disk is full")));
        assertEquals("IndexOutOfBoundsException: Index 5 out of bounds for length 2",
                Causes.describe(new CompletionException(new IndexOutOfBoundsException("Index 5 out of bounds for length 2"))));
        assertEquals("line one\\nline two", Causes.describe(new IllegalStateException("line one\nline two")));
    }
}
