package io.shiptwin.model.resolve;

/**
 * Response codes of a resolution, with the numbers of the Handle protocol (RFC 3652, section 2.2.2.3),
 * on which the Industrial Internet identifier resolution system is modelled.
 */
public enum ResponseCode {
    SUCCESS(1),
    ERROR(2),
    HANDLE_NOT_FOUND(100),
    INVALID_HANDLE(102),
    VALUES_NOT_FOUND(200),
    /** RC_SERVICE_REFERRAL: ask another node, named in the answer. */
    REFERRAL(302),
    /** RC_PREFIX_REFERRAL (RC_NA_DELEGATE in RFC 3652): the prefix is delegated to another node. */
    PREFIX_REFERRAL(303),
    AUTHENTICATION_NEEDED(402);

    private final int code;

    ResponseCode(int code) {
        this.code = code;
    }

    /** The number on the wire. */
    public int code() {
        return code;
    }
}
