package dev.loopline.web.store;

import java.time.Instant;

/**
 * A proposal as stored.
 *
 * @param id      the proposal's own id (the document's {@code id})
 * @param name    its name, for lists
 * @param body    the JSON document, as sent
 * @param created when it was first saved
 * @param updated when it was last saved
 * @param team    the team that owns it ({@code null}: imported by the server, everyone's)
 * @param shared  whether planners and operators of other teams see it
 */
public record StoredProposal(String id, String name, String body, Instant created, Instant updated, String team,
                             boolean shared) {}
