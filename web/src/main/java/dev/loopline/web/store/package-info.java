/**
 * Persistence behind small interfaces ({@link dev.loopline.web.store.ProposalStore}): proposals in a relational
 * database, an H2 file under the work folder by default, the schema kept by Flyway
 * ({@code src/main/resources/db/migration}). Controllers see the interfaces only, so another store (PostgreSQL,
 * history) replaces the implementation without touching them.
 */
package dev.loopline.web.store;
