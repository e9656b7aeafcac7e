package io.shiptwin.model;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The kinds of object that carry an Industrial Internet identifier, each with the structure of its
 * suffix: a kind code, then one or more upper-case tokens separated by {@code -}.
 *
 * <pre>
 * 88.118.8001/SHIP-H1234            ship by hull number
 * 88.118.8001/BLK-H1234-B101        block B101 of hull H1234
 * 88.118.8001/LOT-H1234-B101-007    part lot 007 cut for that block
 * 88.118.8001/EQ-GC-01              equipment by asset tag (the tag may contain '-')
 * </pre>
 *
 * Kinds with a fixed number of tokens name their parent in the suffix (a block names its hull), so a
 * reader of the identifier alone already knows where the object belongs.
 */
public enum ObjectKind {
    SHIP("SHIP", "ship", "{hull}"),
    DESIGN("DSN", "design", "{design}"),
    DESIGN_REVISION("REV", "design-revision", "{design}-{revision}"),
    GRAND_BLOCK("GB", "grand-block", "{hull}-{grandBlock}"),
    BLOCK("BLK", "block", "{hull}-{block}"),
    PART_LOT("LOT", "part-lot", "{hull}-{block}-{lot}"),
    YARD("YARD", "yard", "{site}"),
    YARD_AREA("AREA", "area", "{area...}"),
    WORK_CENTRE("WC", "work-centre", "{workCentre...}"),
    EQUIPMENT("EQ", "equipment", "{assetTag...}"),
    CREW("CREW", "crew", "{crew...}"),
    SUPPLIER("SUP", "supplier", "{supplier...}"),
    MATERIAL_DELIVERY("DLV", "material-delivery", "{delivery...}"),
    INSPECTION("INSP", "inspection", "{inspection...}"),
    NON_CONFORMANCE("NC", "non-conformance", "{nonConformance...}"),
    REWORK("RWK", "rework", "{rework...}"),
    WORK_ORDER("WO", "work-order", "{workOrder...}"),
    CLASS_SURVEY("SRV", "class-survey", "{survey...}"),
    SHIP_OPERATION("OPS", "ship-operation", "{hull}");

    private static final String TOKEN = "[A-Z0-9]+";

    private final String code;
    private final String topicSegment;
    private final String template;
    private final Pattern suffixPattern;

    ObjectKind(String code, String topicSegment, String template) {
        this.code = code;
        this.topicSegment = topicSegment;
        this.template = code + "-" + template;
        boolean openEnded = template.endsWith("...}");
        int tokens = template.split("-").length;
        String fixed = TOKEN + ("(-" + TOKEN + ")").repeat(tokens - 1);
        this.suffixPattern = Pattern.compile(code + "-" + (openEnded ? TOKEN + "(-" + TOKEN + ")*" : fixed));
    }

    /** The suffix code, {@code BLK} for blocks. */
    public String code() {
        return code;
    }

    /** The level used in the MQTT namespace for events about objects of this kind. */
    public String topicSegment() {
        return topicSegment;
    }

    /** The documented suffix structure, e.g. {@code BLK-{hull}-{block}}. */
    public String template() {
        return template;
    }

    /** Formats an identifier of this kind: {@code BLOCK.identifier("88.118.8001", "H1234", "B101")}. */
    public Identifier identifier(String prefix, String... tokens) {
        Identifier id = new Identifier(prefix, code + "-" + String.join("-", tokens));
        requireStructure(id.suffix());
        return id;
    }

    /** The tokens after the kind code: {@code [H1234, B101]} for {@code BLK-H1234-B101}. */
    public List<String> tokens(Identifier id) {
        requireStructure(id.suffix());
        return List.of(id.suffix().substring(code.length() + 1).split("-"));
    }

    /** True when the suffix has this kind's code and structure. */
    public boolean matches(Identifier id) {
        return suffixPattern.matcher(id.suffix()).matches();
    }

    /** The kind named by the identifier's suffix; the message says whether the code or the structure is wrong. */
    public static ObjectKind of(Identifier id) {
        String suffix = id.suffix();
        ObjectKind kind = Arrays.stream(values())
                .filter(k -> suffix.startsWith(k.code + "-"))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("identifier suffix '" + suffix
                        + "' names no object kind, expected one of " + codes() + " followed by '-'"));
        kind.requireStructure(suffix);
        return kind;
    }

    /** Parses text into an identifier whose suffix is a well-formed object of a known kind. */
    public static Identifier parse(String text) {
        Identifier id = Identifier.parse(text);
        of(id);
        return id;
    }

    /** The kind with this suffix code, e.g. {@code BLK}. */
    public static ObjectKind byCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown object kind code '" + code + "', expected one of " + codes()));
    }

    private void requireStructure(String suffix) {
        Objects.requireNonNull(suffix, "suffix");
        if (!suffixPattern.matcher(suffix).matches()) {
            throw new IllegalArgumentException(name().toLowerCase().replace('_', ' ') + " suffix must be " + template
                    + " with tokens of [A-Z0-9], got '" + suffix + "'");
        }
    }

    private static List<String> codes() {
        return Arrays.stream(values()).map(ObjectKind::code).toList();
    }
}
