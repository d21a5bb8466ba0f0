/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.sheets.registers;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.hmis.eval.model.Registers;

/**
 * Keeps the sheets derived from one set of registers, per accounting year, for as long as the
 * registers do not change. Every indicator reading Table 7 or 8 asks for them, and a district's
 * registers hold hundreds of thousands of rows (releng/benchmarks, RegisterScaleBenchmark); the
 * adapter watches the whole content of the registers and forgets everything on any change.
 */
public final class RegisterCache extends EContentAdapter {

	private final Map<AccountingCalendar, RegisterSheets> sheets = new HashMap<>();

	private RegisterCache() {
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
			return cache.sheets.computeIfAbsent(calendar, year -> new RegisterSheets(registers, year));
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
