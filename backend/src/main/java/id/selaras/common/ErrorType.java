package id.selaras.common;

import graphql.ErrorClassification;

/** The stable error classifications of the public API ({@code extensions.classification}). */
public enum ErrorType implements ErrorClassification {
    BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, NOT_FOUND, CONFLICT, RATE_LIMITED, INTERNAL_ERROR
}
