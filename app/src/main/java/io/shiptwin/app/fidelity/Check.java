package io.shiptwin.app.fidelity;

/**
 * One comparison of the twin with the ground truth.
 *
 * @param category  {@code kpi} (yard-wide figure), {@code hull}, {@code stage}, {@code ship} or {@code equipment}
 * @param subject   what is compared: an identifier, or the KPI's name for {@code kpi}
 * @param measure   which figure of it: {@code man-hours}, {@code CUTTING started}, {@code present}...
 * @param expected  the truth (a number, a date, a stage name; null = absent)
 * @param actual    the twin's value (null = absent)
 * @param diff      actual − expected for numbers and dates (millis), else null
 * @param tolerance the tolerance applied, in words ({@code exact}, {@code 1 %})
 * @param ok        within tolerance
 */
public record Check(String category, String subject, String measure, Object expected, Object actual, Double diff,
                    String tolerance, boolean ok) {
}
