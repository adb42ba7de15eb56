package dev.loopline.planner.app;

import java.nio.file.Path;

/**
 * One feed of a feeds list and its validation ({@link ValidateService#validateFeeds}).
 *
 * @param id       the feed's id in the list
 * @param path     the feed's zip or folder
 * @param crs      its coordinate system as the list names it, lower case ({@code wgs84}, {@code gcj02})
 * @param encoding its text encoding ({@code UTF-8}, {@code GBK})
 * @param result   what validation found
 */
public record FeedValidation(String id, Path path, String crs, String encoding, ValidateResult result) {}
