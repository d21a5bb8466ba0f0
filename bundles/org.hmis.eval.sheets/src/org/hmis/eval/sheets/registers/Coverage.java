/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.sheets.registers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.hmis.eval.model.Beneficiary;
import org.hmis.eval.model.Contract;
import org.hmis.eval.model.Registers;

/**
 * Who is covered when, by the rules of specification section 3: a member is covered on a day when
 * one of its contracts runs over it; a beneficiary is entitled when its member is covered and the
 * day lies within the beneficiary's own optional start and end dates.
 */
public final class Coverage {

	private final Map<String, List<Contract>> contractsByMember = new HashMap<>();
	private final List<Beneficiary> beneficiaries;

	public Coverage(Registers registers) {
		for (Contract contract : registers.getContracts()) {
			contractsByMember.computeIfAbsent(contract.getMemberId(), member -> new ArrayList<>()).add(contract);
		}
		contractsByMember.values().forEach(list -> list.sort(Comparator.comparing(Contract::getStartDate)));
		beneficiaries = List.copyOf(registers.getBeneficiaries());
	}

	public Iterable<String> members() {
		return contractsByMember.keySet();
	}

	public List<Beneficiary> beneficiaries() {
		return beneficiaries;
	}

	public List<Contract> contractsOf(String member) {
		return contractsByMember.getOrDefault(member, List.of());
	}

	/** @return the contract covering {@code member} on {@code day}; the latest one if contracts overlap */
	public Optional<Contract> coveringContract(String member, LocalDate day) {
		Contract found = null;
		for (Contract contract : contractsOf(member)) {
			if (!day.isBefore(contract.getStartDate()) && !day.isAfter(contract.getEndDate())) {
				found = contract;
			}
		}
		return Optional.ofNullable(found);
	}

	/** @return the contract through which {@code beneficiary} is entitled on {@code day}, if any */
	public Optional<Contract> entitlement(Beneficiary beneficiary, LocalDate day) {
		if (beneficiary.getStartDate() != null && day.isBefore(beneficiary.getStartDate())
				|| beneficiary.getEndDate() != null && day.isAfter(beneficiary.getEndDate())) {
			return Optional.empty();
		}
		return coveringContract(beneficiary.getMemberId(), day);
	}
}
