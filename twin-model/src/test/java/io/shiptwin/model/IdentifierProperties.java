package io.shiptwin.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Identifiers round-trip through parse and format; invalid text never parses. */
class IdentifierProperties {

    @Property(tries = 2000)
    void everyValidIdentifierRoundTripsThroughFormatAndParse(@ForAll("valid") Identifier id) {
        assertThat(Identifier.parse(id.toString())).isEqualTo(id);
        assertThat(Identifier.isValid(id.toString())).isTrue();
    }

    @Property(tries = 2000)
    void everyWellFormedObjectIdentifierRoundTripsAndKeepsItsKind(@ForAll("ofAnyKind") Identifier id) {
        Identifier parsed = ObjectKind.parse(id.toString());

        assertThat(parsed).isEqualTo(id);
        assertThat(ObjectKind.of(parsed).identifier(parsed.prefix(), ObjectKind.of(parsed).tokens(parsed).toArray(String[]::new)))
                .isEqualTo(id);
    }

    @Property(tries = 2000)
    void randomTextWithoutAValidPrefixNeverParses(@ForAll("notStartingWith88Dot") String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> Identifier.parse(text));
        assertThat(Identifier.isValid(text)).isFalse();
    }

    @Property(tries = 2000)
    void aValidIdentifierBrokenByAnIllegalCharacterNeverParses(@ForAll("valid") Identifier id,
            @ForAll("illegalSuffixCharacter") char bad, @ForAll("position") double where) {
        String suffix = id.suffix();
        int at = (int) (where * (suffix.length() + 1));
        String broken = id.prefix() + "/" + suffix.substring(0, at) + bad + suffix.substring(at);

        assertThatIllegalArgumentException().isThrownBy(() -> Identifier.parse(broken));
    }

    @Property(tries = 1000)
    void aPrefixWithOneLevelOrANonDigitNeverParses(@ForAll("brokenPrefix") String prefix, @ForAll("valid") Identifier id) {
        assertThatIllegalArgumentException().isThrownBy(() -> Identifier.parse(prefix + "/" + id.suffix()));
    }

    @Property(tries = 1000)
    void anObjectIdentifierWithAnUnknownKindCodeNeverParsesAsAnObject(@ForAll("valid") Identifier id) {
        String suffix = "X" + id.suffix().replace("-", "");
        Identifier unknownKind = new Identifier(id.prefix(), suffix.length() > 128 ? suffix.substring(0, 128) : suffix);

        assertThatIllegalArgumentException().isThrownBy(() -> ObjectKind.of(unknownKind));
    }

    @Provide
    Arbitrary<Identifier> valid() {
        return Identifiers.valid();
    }

    @Provide
    Arbitrary<Identifier> ofAnyKind() {
        return Identifiers.ofAnyKind();
    }

    @Provide
    Arbitrary<String> notStartingWith88Dot() {
        return Arbitraries.strings().all().ofMaxLength(60).filter(s -> !s.startsWith("88."));
    }

    @Provide
    Arbitrary<Character> illegalSuffixCharacter() {
        return Arbitraries.chars().all().filter(c -> !Character.isLetterOrDigit(c) || c > 127)
                .filter(c -> c != '.' && c != '_' && c != '-');
    }

    @Provide
    Arbitrary<Double> position() {
        return Arbitraries.doubles().between(0, 0.999).ofScale(3);
    }

    @Provide
    Arbitrary<String> brokenPrefix() {
        Arbitrary<String> oneLevel = Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(8).map(l -> "88." + l);
        Arbitrary<String> nonDigit = Combinators.combine(Identifiers.prefix(), Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(4))
                .as((p, letters) -> p + letters);
        return Arbitraries.oneOf(oneLevel, nonDigit, Arbitraries.just("88"), Arbitraries.just(""));
    }
}
