/**
 * Test support shared through the gtfs test-jar: the real fixtures ({@link dev.loopline.gtfs.testing.Fixtures}),
 * MobilityData's validator as an oracle ({@link dev.loopline.gtfs.testing.ValidatorOracle}) and small feeds built
 * file by file ({@link dev.loopline.gtfs.testing.TestFeeds}).
 */
package dev.loopline.gtfs.testing;
