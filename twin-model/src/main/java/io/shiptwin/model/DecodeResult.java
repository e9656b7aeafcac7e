package io.shiptwin.model;

/** The outcome of decoding one wire message: a value, or the reason it was rejected. Errors are values here. */
public sealed interface DecodeResult<T> permits DecodeResult.Decoded, DecodeResult.Rejected {

    record Decoded<T>(T value) implements DecodeResult<T> {
    }

    /** @param reason what is wrong and where, e.g. {@code $.body.readings.load_t: expected number, got string} */
    record Rejected<T>(String reason) implements DecodeResult<T> {
    }
}
