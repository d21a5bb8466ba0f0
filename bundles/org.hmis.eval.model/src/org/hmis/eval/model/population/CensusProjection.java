/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.model.population;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Optional;

import org.hmis.eval.model.PopulationFigures;

/**
 * Projects a census count to a later (or earlier) year with a constant yearly growth rate,
 * as Table 5 does when no recent count exists: {@code X_N = X_N0 * (1 + PGR)^(N - N0)}.
 * The result is rounded half-up to whole people.
 */
public final class CensusProjection {

	private CensusProjection() {
	}

	/**
	 * @param censusCount population counted in {@code censusYear}
	 * @param growthRate yearly growth as a fraction (0.01 = 1 %)
	 * @param censusYear year of the count (N0)
	 * @param year year to project to (N)
	 * @return the projected population, rounded to a whole number
	 */
	public static long project(long censusCount, BigDecimal growthRate, int censusYear, int year) {
		if (censusCount < 0) {
			throw new IllegalArgumentException("censusCount < 0: " + censusCount); //$NON-NLS-1$
		}
		BigDecimal factor = BigDecimal.ONE.add(growthRate);
		if (factor.signum() <= 0) {
			throw new IllegalArgumentException("growth rate must be > -1: " + growthRate); //$NON-NLS-1$
		}
		int years = year - censusYear;
		MathContext mc = MathContext.DECIMAL128;
		BigDecimal power = years >= 0 ? factor.pow(years, mc) : BigDecimal.ONE.divide(factor.pow(-years, mc), mc);
		return BigDecimal.valueOf(censusCount).multiply(power, mc).setScale(0, RoundingMode.HALF_UP).longValueExact();
	}

	/**
	 * Projects the census figures of a Table 5 row to {@code year}; empty when the row lacks
	 * the census population, the census year or the growth rate.
	 */
	public static Optional<Long> project(PopulationFigures population, int year) {
		if (population == null || population.getCensusPopulation() == null || population.getCensusYear() == null
				|| population.getGrowthRate() == null) {
			return Optional.empty();
		}
		return Optional.of(project(population.getCensusPopulation().longValue(), population.getGrowthRate(),
				population.getCensusYear().intValue(), year));
	}
}
