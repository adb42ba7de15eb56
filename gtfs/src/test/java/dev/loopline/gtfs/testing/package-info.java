/**
 * Test support shared through the gtfs test-jar: the real fixtures ({@link dev.loopline.gtfs.testing.Fixtures}),
 * MobilityData's validator as an oracle ({@link dev.loopline.gtfs.testing.ValidatorOracle}) and small feeds built
 * file by file ({@link dev.loopline.gtfs.testing.TestFeeds}), and the proof that architecture rules catch planted
 * violations ({@link dev.loopline.gtfs.testing.ArchRuleProof}).
 */
package dev.loopline.gtfs.testing;
