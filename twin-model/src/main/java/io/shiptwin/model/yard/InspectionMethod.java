package io.shiptwin.model.yard;

/** How quality control inspects (visual, UT, RT, MT, PT, dimensional, coating DFT, tank and pressure tests). */
public enum InspectionMethod {
    VISUAL, ULTRASONIC, RADIOGRAPHIC, MAGNETIC_PARTICLE, PENETRANT, DIMENSIONAL, COATING_DFT, TANK_TEST, PRESSURE_TEST
}
