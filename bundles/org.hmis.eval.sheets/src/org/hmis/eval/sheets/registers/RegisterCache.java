/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.sheets.registers;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.hmis.eval.model.Evaluation;
import org.hmis.eval.model.Registers;
import org.hmis.eval.model.registers.RegisterTables;

/**
 * Keeps the sheets derived from one set of registers, per accounting year, for as long as the
 * registers do not change. Every indicator reading Table 7 or 8 asks for them, and a national
 * union's registers hold millions of rows (releng/benchmarks); the adapter forgets everything when
 * the registers' tables are replaced.
 */
public final class RegisterCache extends EContentAdapter {

	private final Map<AccountingCalendar, RegisterSheets> sheets = new HashMap<>();

	private RegisterCache() {
	}

	/** @return the register tables of {@code evaluation}, empty when it has none */
	public static RegisterTables tables(Evaluation evaluation) {
		Registers registers = evaluation.getRegisters();
		return registers == null || registers.getTables() == null ? RegisterTables.EMPTY : registers.getTables();
	}

	/** @return the derived sheets of {@code registers} for the year of {@code calendar}, computed once */
	public static RegisterSheets sheets(Registers registers, AccountingCalendar calendar) {
		synchronized (registers) {
			RegisterCache cache = null;
			for (Adapter adapter : registers.eAdapters()) {
				if (adapter instanceof RegisterCache existing) {
					cache = existing;
				}
			}
			if (cache == null) {
				cache = new RegisterCache();
				registers.eAdapters().add(cache);
			}
			RegisterTables tables = registers.getTables() == null ? RegisterTables.EMPTY : registers.getTables();
			return cache.sheets.computeIfAbsent(calendar, year -> new RegisterSheets(tables, year));
		}
	}

	@Override
	public void notifyChanged(Notification notification) {
		super.notifyChanged(notification);
		if (!notification.isTouch()) {
			synchronized (this) {
				sheets.clear();
			}
		}
	}

	@Override
	public boolean isAdapterForType(Object type) {
		return type == RegisterCache.class;
	}
}
