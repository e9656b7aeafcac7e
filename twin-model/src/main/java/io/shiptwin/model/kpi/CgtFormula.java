package io.shiptwin.model.kpi;

import java.io.Serializable;

/**
 * Compensated gross tonnage of a ship, by the OECD formula {@code CGT = A * GT^B}, with the gross tonnage
 * estimated from the deadweight the delivery reports ({@code GT = gtPerDwt * DWT}); the events carry no GT.
 *
 * @param a        OECD coefficient A of the ship type (bulk carriers: 29)
 * @param b        OECD coefficient B of the ship type (bulk carriers: 0.61)
 * @param gtPerDwt gross tonnes per deadweight tonne (est. 0.55 for a mid-size bulk carrier)
 */
public record CgtFormula(double a, double b, double gtPerDwt) implements Serializable {
    /** OECD (2007) compensated gross tonnage coefficients for bulk carriers; GT/DWT an estimate. */
    public static final CgtFormula BULK_CARRIER = new CgtFormula(29, 0.61, 0.55);

    public CgtFormula {
        if (!(a > 0) || !(b > 0) || !(gtPerDwt > 0)) {
            throw new IllegalArgumentException("cgt formula: a, b and gtPerDwt must be > 0, got " + a + ", " + b + ", " + gtPerDwt);
        }
    }

    public double cgt(double deadweightTonnes) {
        return deadweightTonnes <= 0 ? 0 : a * Math.pow(gtPerDwt * deadweightTonnes, b);
    }
}
