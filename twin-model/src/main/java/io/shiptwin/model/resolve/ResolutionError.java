package io.shiptwin.model.resolve;

/**
 * Why a resolution failed, each a distinct error with the protocol's response code. Unknown prefix and
 * unknown suffix share the Handle code 100, as on the real system, but are told apart here.
 */
public enum ResolutionError {
    /** The text is not {@code 88.{industry}.{enterprise}/{suffix}}. */
    MALFORMED_IDENTIFIER(ResponseCode.INVALID_HANDLE),
    /** No enterprise node is registered for the prefix at this industry node. */
    UNKNOWN_PREFIX(ResponseCode.HANDLE_NOT_FOUND),
    /** The enterprise node knows no object with this suffix. */
    UNKNOWN_SUFFIX(ResponseCode.HANDLE_NOT_FOUND),
    /** The object exists, but has no value of the requested types. */
    VALUES_NOT_FOUND(ResponseCode.VALUES_NOT_FOUND),
    /** The requested values may be read only by an authenticated client. */
    AUTHENTICATION_NEEDED(ResponseCode.AUTHENTICATION_NEEDED);

    private final ResponseCode code;

    ResolutionError(ResponseCode code) {
        this.code = code;
    }

    public ResponseCode code() {
        return code;
    }
}
