package dev.loopline.web.store;

import java.time.Instant;

/**
 * One saved state of a proposal.
 *
 * @param version 1, 2, ... in the order saved
 * @param action  {@code created}, {@code updated}, {@code deleted}, {@code shared} or {@code unshared}
 * @param body    the JSON document as saved ({@code null} for a deletion)
 * @param author  who saved it ({@code loopline} for the server itself)
 */
public record ProposalVersion(String proposalId, int version, String action, String name, String body,
                              String author, Instant saved) {}
