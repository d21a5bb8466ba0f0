/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.ui.editor;

import java.math.BigDecimal;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;
import org.hmis.eval.model.AccountLine;
import org.hmis.eval.model.AccountingYear;
import org.hmis.eval.model.ModelFactory;
import org.hmis.eval.model.ModelPackage;
import org.hmis.eval.ui.Messages;

/**
 * The undoable edits of Tables 1 and 2: setting, entering or clearing the amount of one line of an
 * accounting year. Each is one command on the editor's command stack, named for Edit > Undo.
 */
final class AccountLineCommands {

	private AccountLineCommands() {
	}

	/**
	 * @param amount the new amount; empty clears the line (it is no longer entered)
	 * @return the command that makes line {@code code} of {@code year} hold {@code amount}
	 */
	static Command setAmount(EditingDomain domain, AccountingYear year, String code, Optional<BigDecimal> amount) {
		Optional<AccountLine> existing = year.getAccountLines().stream().filter(line -> code.equals(line.getCode()))
				.findFirst();
		Command command;
		if (existing.isPresent() && amount.isPresent()) {
			if (amount.get().compareTo(existing.get().getAmount()) == 0) {
				return UnexecutableCommand.INSTANCE;
			}
			command = SetCommand.create(domain, existing.get(), ModelPackage.Literals.ACCOUNT_LINE__AMOUNT, amount.get());
		} else if (existing.isPresent()) {
			command = RemoveCommand.create(domain, year, ModelPackage.Literals.ACCOUNTING_YEAR__ACCOUNT_LINES,
					existing.get());
		} else if (amount.isPresent()) {
			AccountLine line = ModelFactory.eINSTANCE.createAccountLine();
			line.setCode(code);
			line.setAmount(amount.get());
			command = AddCommand.create(domain, year, ModelPackage.Literals.ACCOUNTING_YEAR__ACCOUNT_LINES, line);
		} else {
			return UnexecutableCommand.INSTANCE;
		}
		return new LabelledCommand(command, NLS.bind(Messages.EvaluationEditor_setLine, code, year.getYear()));
	}
}
