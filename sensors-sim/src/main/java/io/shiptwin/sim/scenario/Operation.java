package io.shiptwin.sim.scenario;

/**
 * Delivered ships in service: a noon-style {@code OperationalReport} every {@code reportIntervalHours}
 * (steaming {@code atSeaShare} of the time at about {@code serviceSpeedKnots}, burning
 * {@code fuelTonnesPerDayAtSea}), and the class survey cycle counted from delivery: annual surveys every
 * {@code annualSurveyIntervalYears}, the intermediate survey at {@code intermediateSurveyAtYears} (and every
 * special interval after), the special (renewal) survey every {@code specialSurveyIntervalYears}; a survey
 * due at the same time as a higher one is replaced by it. DOMAIN.md: annual, intermediate 2.5 y, special 5 y.
 */
public record Operation(double reportIntervalHours, double serviceSpeedKnots, double speedSdKnots, double atSeaShare,
                        double fuelTonnesPerDayAtSea, String area, String owner, String classSociety, double deadweightPerSteelTonne,
                        double annualSurveyIntervalYears, double intermediateSurveyAtYears, double specialSurveyIntervalYears,
                        double surveyPassProbability) {
}
