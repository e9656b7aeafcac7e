package io.shiptwin.model.resolve;

import java.util.Objects;

/** The outcome of a resolution: the record, a referral to another node, or a failure with its reason. */
public sealed interface Resolution permits Resolution.Resolved, Resolution.Referral, Resolution.Failed {

    ResponseCode code();

    /** The record of the identifier, with the values the request asked for. */
    record Resolved(HandleRecord record) implements Resolution {
        public Resolved {
            Objects.requireNonNull(record, "record");
        }

        @Override
        public ResponseCode code() {
            return ResponseCode.SUCCESS;
        }
    }

    /**
     * Ask another node: the prefix it answers for and where it is.
     *
     * @param node the address of the node to ask, e.g. {@code https://idis.example/88.116}
     */
    record Referral(String prefix, String node) implements Resolution {
        public Referral {
            Objects.requireNonNull(prefix, "prefix");
            Objects.requireNonNull(node, "node");
        }

        @Override
        public ResponseCode code() {
            return ResponseCode.REFERRAL;
        }
    }

    /** @param message what was asked and what is wrong, naming the identifier */
    record Failed(ResolutionError error, String message) implements Resolution {
        public Failed {
            Objects.requireNonNull(error, "error");
            Objects.requireNonNull(message, "message");
        }

        @Override
        public ResponseCode code() {
            return error.code();
        }
    }
}
