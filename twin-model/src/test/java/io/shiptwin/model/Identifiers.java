package io.shiptwin.model;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** jqwik generators of identifiers: generic valid ones, and well-formed ones of every object kind. */
final class Identifiers {
    private static final String SUFFIX_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._-";

    private Identifiers() {
    }

    static Arbitrary<String> prefix() {
        Arbitrary<String> level = Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(8);
        return level.list().ofMinSize(2).ofMaxSize(4).map(levels -> "88." + String.join(".", levels));
    }

    static Arbitrary<Identifier> valid() {
        Arbitrary<String> suffix = Combinators.combine(
                        Arbitraries.strings().withChars(SUFFIX_CHARS.substring(0, 62)).ofLength(1),
                        Arbitraries.strings().withChars(SUFFIX_CHARS).ofMaxLength(127))
                .as(String::concat);
        return Combinators.combine(prefix(), suffix).as(Identifier::new);
    }

    static Arbitrary<String> token() {
        return Arbitraries.strings().withCharRange('A', 'Z').withCharRange('0', '9').ofMinLength(1).ofMaxLength(8);
    }

    /** A well-formed identifier of the given kind, with the kind's number of tokens. */
    static Arbitrary<Identifier> of(ObjectKind kind) {
        int fixed = kind.template().split("-").length - 1;
        boolean openEnded = kind.template().endsWith("...}");
        Arbitrary<java.util.List<String>> tokens = openEnded ? token().list().ofMinSize(1).ofMaxSize(4)
                : token().list().ofSize(fixed);
        return Combinators.combine(prefix(), tokens)
                .as((prefix, t) -> kind.identifier(prefix, t.toArray(String[]::new)));
    }

    static Arbitrary<Identifier> ofAnyKind() {
        return Arbitraries.of(ObjectKind.values()).flatMap(Identifiers::of);
    }
}
