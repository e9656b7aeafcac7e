package io.shiptwin.model.yard;

/** How many objects may stand at one end of a relationship. */
public enum Multiplicity {
    EXACTLY_ONE(1, 1, "1"),
    AT_MOST_ONE(0, 1, "0..1"),
    AT_LEAST_ONE(1, Integer.MAX_VALUE, "1..*"),
    ANY(0, Integer.MAX_VALUE, "0..*");

    private final int min;
    private final int max;
    private final String notation;

    Multiplicity(int min, int max, String notation) {
        this.min = min;
        this.max = max;
        this.notation = notation;
    }

    public int min() {
        return min;
    }

    public int max() {
        return max;
    }

    public boolean allows(int count) {
        return count >= min && count <= max;
    }

    /** UML notation: {@code 1}, {@code 0..1}, {@code 1..*}, {@code 0..*}. */
    public String notation() {
        return notation;
    }
}
