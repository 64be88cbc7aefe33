using EclipseConformance.Gherkin.Assist;
using EclipseConformance.Gherkin.Runtime;
using EclipseConformance.Gherkin.Tests.Support;

namespace EclipseConformance.Gherkin.Tests.Tables;

public sealed class DataTableTests
{
    public enum Kind
    {
        Deposit,
        Withdrawal,
    }

    [Fact]
    public void Cells_are_read_by_column_name_or_index()
    {
        var table = new DataTable("Name", "Amount");
        table.AddRow("Ann", "10.00");

        table.Header.Should().Equal("Name", "Amount");
        table.RowCount.Should().Be(1);
        table.Rows[0]["amount"].Should().Be("10.00");
        table.Rows[0][0].Should().Be("Ann");
        table.ContainsColumn("NAME").Should().BeTrue();
        FluentActions.Invoking(() => table.Rows[0]["Currency"]).Should().Throw<KeyNotFoundException>().WithMessage("*Currency*Name, Amount*");
    }

    [Fact]
    public void A_row_must_have_one_cell_per_column()
    {
        FluentActions.Invoking(() => new DataTable("A", "B").AddRow("1")).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => new DataTable("A", "a")).Should().Throw<ArgumentException>().WithMessage("*appears more than once*");
    }

    [Fact]
    public void CreateSet_maps_each_row_to_an_object_with_exact_decimals_and_enums()
    {
        var table = new DataTable("Kind", "Amount", "Reference Number");
        table.AddRow("deposit", "0.10", "R-1");
        table.AddRow("Withdrawal", "1234567890.123456789", "R-2");

        var movements = table.CreateSet<Movement>();

        movements.Should().BeEquivalentTo([
            new Movement { Kind = Kind.Deposit, Amount = 0.10m, ReferenceNumber = "R-1" },
            new Movement { Kind = Kind.Withdrawal, Amount = 1234567890.123456789m, ReferenceNumber = "R-2" },
        ]);
    }

    [Fact]
    public void CreateInstance_reads_a_vertical_field_value_table()
    {
        var table = new DataTable("Field", "Value");
        table.AddRow("Kind", "Deposit");
        table.AddRow("Amount", "24000.00");

        var movement = table.CreateInstance<Movement>();

        movement.Kind.Should().Be(Kind.Deposit);
        movement.Amount.Should().Be(24000.00m);
        movement.ReferenceNumber.Should().BeNull();
    }

    [Fact]
    public void CreateInstance_reads_a_single_row_into_a_record_constructor()
    {
        var table = new DataTable("msisdn", "amount", "note");
        table.AddRow("27820000001", "5.50", "airtime");

        table.CreateInstance<Purchase>().Should().Be(new Purchase("27820000001", 5.50m) { Note = "airtime" });
    }

    [Fact]
    public void A_column_that_matches_nothing_is_an_error_not_silently_dropped()
    {
        var table = new DataTable("Kind", "Amout");
        table.AddRow("Deposit", "1.00");

        FluentActions.Invoking(() => table.CreateInstance<Movement>())
            .Should().Throw<InvalidOperationException>().WithMessage("Column 'Amout' matches no settable property*");
    }

    [Fact]
    public void A_bad_cell_names_its_column()
    {
        var table = new DataTable("Amount");
        table.AddRow("ten");

        FluentActions.Invoking(() => table.CreateInstance<Movement>())
            .Should().Throw<FormatException>().WithMessage("Cannot convert 'ten' to Decimal for column 'Amount'*");
    }

    [Fact]
    public void Row_helpers_convert_cells()
    {
        var table = new DataTable("n", "amount", "ok", "kind");
        var row = table.AddRow("7", "0.30", "yes", "withdrawal");

        row.GetInt32("n").Should().Be(7);
        row.GetDecimal("amount").Should().Be(0.30m);
        row.GetBoolean("ok").Should().BeTrue();
        row.GetEnum<Kind>("kind").Should().Be(Kind.Withdrawal);
    }

    [Fact]
    public async Task A_step_receives_the_data_table_as_its_last_argument_after_the_captures()
    {
        var run = new SpecRun(typeof(TableSteps));
        var result = await run.RunSingleAsync("""
            Feature: F
              Scenario: S
                Given wallet W1 has these movements:
                  | Kind     | Amount |
                  | Deposit  | 10.00  |
                  | Withdrawal | 2.50 |
            """);

        result.Status.Should().Be(ResultStatus.Passed);
        run.Log.Entries.Should().Equal("W1:Deposit 10.00,Withdrawal 2.50");
    }

    [Fact]
    public async Task A_table_for_a_binding_without_a_table_parameter_fails_the_step()
    {
        var result = await new SpecRun(typeof(TableSteps)).RunSingleAsync("""
            Feature: F
              Scenario: S
                Given a step without a table
                  | a |
                  | 1 |
            """);

        result.Status.Should().Be(ResultStatus.Failed);
        result.Message.Should().Contain("has no trailing DataTable, DocString or string parameter");
    }

    public sealed class Movement
    {
        public Kind Kind { get; set; }

        public decimal Amount { get; set; }

        public string? ReferenceNumber { get; init; }
    }

    public sealed record Purchase(string Msisdn, decimal Amount)
    {
        public string? Note { get; init; }
    }

    private sealed class TableSteps(Log log)
    {
        [Given("wallet {word} has these movements:")]
        public void Movements(string wallet, DataTable table) =>
            log.Add(wallet + ":" + string.Join(",", table.CreateSet<Movement>().Select(m => $"{m.Kind} {m.Amount}")));

        [Given("a step without a table")]
        public void NoTable()
        {
        }
    }
}
