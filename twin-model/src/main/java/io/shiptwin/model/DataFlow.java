package io.shiptwin.model;

/**
 * The data flows the twin holds for every ship and block. The first seven are those of the 2018
 * MIIT/SASTIND action plan (Article 3.2.4); production progress, quality and service complete the picture.
 */
public enum DataFlow {
    DESIGN,
    MAN_HOURS,
    LOGISTICS,
    CAPITAL,
    ENERGY,
    EQUIPMENT,
    PERSONNEL,
    PRODUCTION_PROGRESS,
    QUALITY,
    SERVICE
}
