package io.shiptwin.model.yard;

import io.shiptwin.model.Require;

/** The main particulars of a ship as a naval architect states them; units in the names. */
public record MainParticulars(double lengthOverallMetres, double beamMetres, double depthMetres,
        double designDraughtMetres, double deadweightTonnes, double compensatedGrossTonnage) {

    public MainParticulars {
        Require.nonNegative("lengthOverallMetres", lengthOverallMetres);
        Require.nonNegative("beamMetres", beamMetres);
        Require.nonNegative("depthMetres", depthMetres);
        Require.nonNegative("designDraughtMetres", designDraughtMetres);
        Require.nonNegative("deadweightTonnes", deadweightTonnes);
        Require.nonNegative("compensatedGrossTonnage", compensatedGrossTonnage);
    }
}
