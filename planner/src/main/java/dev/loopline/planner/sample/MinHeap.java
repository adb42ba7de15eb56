package dev.loopline.planner.sample;

import java.util.Arrays;

/**
 * A binary min-heap of (int item, double priority) with lazy deletion: shortest-path searches push an item again
 * when its cost improves and skip stale entries when popped. Primitive arrays, no boxing: the generator runs
 * thousands of searches.
 */
final class MinHeap {
  private int[] items = new int[256];
  private double[] prio = new double[256];
  private int size;

  void clear() {
    size = 0;
  }

  boolean isEmpty() {
    return size == 0;
  }

  void push(int item, double priority) {
    if (size == items.length) {
      items = Arrays.copyOf(items, size * 2);
      prio = Arrays.copyOf(prio, size * 2);
    }
    int i = size++;
    while (i > 0) {
      int parent = (i - 1) >>> 1;
      if (prio[parent] < priority || (prio[parent] == priority && items[parent] <= item)) {
        break;
      }
      items[i] = items[parent];
      prio[i] = prio[parent];
      i = parent;
    }
    items[i] = item;
    prio[i] = priority;
  }

  double peekPriority() {
    return prio[0];
  }

  /** Removes and returns the item with the smallest priority (ties: smallest item, for determinism). */
  int pop() {
    int top = items[0];
    int lastItem = items[--size];
    double lastPrio = prio[size];
    int i = 0;
    while (true) {
      int l = 2 * i + 1;
      if (l >= size) {
        break;
      }
      int r = l + 1;
      int c = l;
      if (r < size && (prio[r] < prio[l] || (prio[r] == prio[l] && items[r] < items[l]))) {
        c = r;
      }
      if (prio[c] > lastPrio || (prio[c] == lastPrio && items[c] >= lastItem)) {
        break;
      }
      items[i] = items[c];
      prio[i] = prio[c];
      i = c;
    }
    items[i] = lastItem;
    prio[i] = lastPrio;
    return top;
  }
}
