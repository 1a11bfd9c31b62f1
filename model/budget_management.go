package model

// The management funds of чл. 84, ал. 2: the director's and the accountant's pay and the
// employer's contributions on it, from the rates and the maximum hours of Приложение № 7,
// planned over and above T in a section of their own (чл. 77, ал. 2) as cost type 14 (чл. 79,
// т. 14: „вкл. осигурителните … вноски за сметка на осигурителя“).

// setManagementContrib computes the employer's contributions on the management pay at the
// employer's rate bp, on the pay in the budget's currency, as a payslip computes them.
func (b *Budget) setManagementContrib(bp int64) {
	b.EmployerContribBp = bp
	b.DirectorContrib = b.DirectorPay.Percent(bp)
	b.AccountantContrib = b.AccountantPay.Percent(bp)
}

// Management is the director's and accountant's gross pay together (without the employer's
// contributions), planned over and above T.
func (b *Budget) Management() Money { return b.DirectorPay.Add(b.AccountantPay) }

// ManagementContrib is the employer's contributions on Management.
func (b *Budget) ManagementContrib() Money { return b.DirectorContrib.Add(b.AccountantContrib) }

// ManagementCeiling is the funds of чл. 84, ал. 2: the gross pay and the employer's
// contributions. The plan's т. 14 and its eligible expenses are measured against it.
func (b *Budget) ManagementCeiling() Money { return b.Management().Add(b.ManagementContrib()) }

// checkManagement compares the plan's т. 14 and the eligible expenses of т. 14 (planned and
// actual by cost type, costTypeSums) with the management funds (чл. 77, ал. 2; чл. 84, ал. 2).
func (c *checker) checkManagement(b *Budget, plannedBy, actualBy map[CostType]Money) {
	management := []CostType{14}
	planned, actual := sumTypes(plannedBy, management, b.Currency), sumTypes(actualBy, management, b.Currency)
	ceiling := b.ManagementCeiling()
	for _, x := range []struct {
		sum  Money
		code Code
		what string
	}{{planned, CodeManagementPlanOverCeiling, "планираните"}, {actual, CodeManagementActualOverCeiling, "допустимите отчетени"}} {
		if x.sum.Cmp(ceiling) > 0 {
			c.add(SeverityError, AreaBudget, "чл. 77, ал. 2; чл. 84, ал. 2", x.code, nil,
				"%s разходи по т. 14 (възнаграждения на директора и счетоводителя с осигуровките за сметка на работодателя) са %s, над средствата по Приложение № 7 %s (възнаграждения %s и осигуровки %s)",
				x.what, x.sum, ceiling, b.Management(), b.ManagementContrib())
		}
	}
}
