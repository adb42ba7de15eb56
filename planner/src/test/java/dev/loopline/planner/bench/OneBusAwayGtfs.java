package dev.loopline.planner.bench;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.Collection;

/**
 * OneBusAway's GTFS library (14.2.0), the baseline the GTFS benchmark compares against: the reader that
 * OpenTripPlanner long used. Its jar is Java 25 bytecode while Loopline compiles for Java 21, so it is a runtime
 * dependency reached by reflection; on an older JVM {@link #load()} says why it cannot run instead of failing.
 */
final class OneBusAwayGtfs {
  private final Class<?> readerClass;
  private final Class<?> daoClass;
  private final Class<?> writerClass;

  private OneBusAwayGtfs(Class<?> readerClass, Class<?> daoClass, Class<?> writerClass) {
    this.readerClass = readerClass;
    this.daoClass = daoClass;
    this.writerClass = writerClass;
  }

  /** The library, or an exception whose message says why it is unavailable. */
  static OneBusAwayGtfs load() {
    try {
      return new OneBusAwayGtfs(Class.forName("org.onebusaway.gtfs.serialization.GtfsReader"),
          Class.forName("org.onebusaway.gtfs.impl.GtfsRelationalDaoImpl"),
          Class.forName("org.onebusaway.gtfs.serialization.GtfsWriter"));
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("onebusaway-gtfs is not on the class path", e);
    } catch (UnsupportedClassVersionError e) {
      throw new IllegalStateException("onebusaway-gtfs 14.2.0 needs Java 25; this JVM is " + Runtime.version(), e);
    }
  }

  /** Reads a zip or folder into OneBusAway's relational DAO (its in-memory feed). */
  Object read(Path feed) throws Exception {
    Object reader = readerClass.getConstructor().newInstance();
    Object dao = daoClass.getConstructor().newInstance();
    call(reader, "setInputLocation", feed.toFile());
    call(reader, "setEntityStore", dao);
    try {
      call(reader, "run");
    } finally {
      call(reader, "close");
    }
    return dao;
  }

  int stopTimeCount(Object dao) throws Exception {
    return ((Collection<?>) call(dao, "getAllStopTimes")).size();
  }

  /** Writes the DAO as a zip (OneBusAway zips when the name ends in .zip). */
  void write(Object dao, Path zip) throws Exception {
    Object writer = writerClass.getConstructor().newInstance();
    call(writer, "setOutputLocation", zip.toFile());
    try {
      call(writer, "run", dao);
    } finally {
      call(writer, "close");
    }
  }

  private static Object call(Object target, String name, Object... args) throws Exception {
    for (Method m : target.getClass().getMethods()) {
      if (m.getName().equals(name) && m.getParameterCount() == args.length && accepts(m, args)) {
        try {
          return m.invoke(target, args);
        } catch (InvocationTargetException e) {
          if (e.getCause() instanceof Exception cause) {
            throw cause;
          }
          throw e;
        }
      }
    }
    throw new NoSuchMethodException(target.getClass().getName() + "." + name);
  }

  private static boolean accepts(Method m, Object[] args) {
    Class<?>[] types = m.getParameterTypes();
    for (int i = 0; i < args.length; i++) {
      if (!types[i].isInstance(args[i])) {
        return false;
      }
    }
    return true;
  }
}
