package dev.autoprofile.bench;

/** The median of paired ratios and its confidence interval, for the paired harnesses. */
public final class Medians {
  private Medians() {}

  /** The median of {@code sorted}. */
  public static double median(double[] sorted) {
    int k = sorted.length;
    return k % 2 == 1 ? sorted[k / 2] : (sorted[k / 2 - 1] + sorted[k / 2]) / 2;
  }

  /**
   * The distribution-free confidence interval of the median: order statistics {@code x(j)} and
   * {@code x(size + 1 - j)} (1-based), {@code j} the largest with {@code P(B < j) <= 2.5%} for
   * {@code B ~ Binomial(size, 1/2)}. Returns {lower, upper, coverage}: fewer than 6 rounds cannot
   * reach 95%, and the coverage printed says so.
   */
  public static double[] interval(double[] sorted) {
    int size = sorted.length;
    double[] cdf = new double[size + 1];
    double p = Math.pow(0.5, size);
    double sum = 0;
    for (int i = 0; i <= size; i++) {
      sum += p;
      cdf[i] = sum;
      p = p * (size - i) / (i + 1);
    }
    int j = 1;
    while (j < size / 2 && cdf[j] <= 0.025) {
      j++;
    }
    return new double[] {sorted[j - 1], sorted[size - j], 1 - 2 * cdf[j - 1]};
  }
}
