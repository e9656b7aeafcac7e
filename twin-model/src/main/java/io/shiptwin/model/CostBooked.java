package io.shiptwin.model;

import io.shiptwin.model.yard.CostCategory;

/**
 * A cost was booked against a block or ship (capital flow). Money in minor units of the currency: no rounding.
 *
 * <p>Subject ({@code assetId}): the block or ship charged.
 */
public record CostBooked(EventHeader header, CostCategory category, String currency,
        long amountMinorUnits) implements BusinessEvent {

    public CostBooked {
        Require.present("header", header);
        Require.present("category", category);
        if (currency == null || !currency.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("currency: expected an ISO 4217 code like CNY, got '" + currency + "'");
        }
        Require.atLeast("amountMinorUnits", 0, amountMinorUnits);
    }
}
