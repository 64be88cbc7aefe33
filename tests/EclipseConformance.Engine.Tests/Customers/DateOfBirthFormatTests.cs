using EclipseConformance.TestKit;

namespace EclipseConformance.Engine.Tests.Customers;

/// <summary>
/// Policy <c>conflicts.dateOfBirthFormat</c> (fact sheet 10: REF-CUST's yyyyMMdd vs EFT-CUC's yyyy-MM-dd), switched at run
/// time through <c>PUT /sim/v1/rules</c>: each value accepts its format(s), refuses the other with VAL001 and stores yyyyMMdd.
/// </summary>
public class DateOfBirthFormatTests(EngineFixture engine) : IClassFixture<EngineFixture>
{
    [Theory]
    [InlineData(null, true, true)]
    [InlineData("EITHER", true, true)]
    [InlineData("yyyyMMdd", true, false)]
    [InlineData("yyyy-MM-dd", false, true)]
    public async Task The_active_dateOfBirthFormat_decides_which_formats_a_new_customer_may_use(string? setting, bool compactAccepted, bool isoAccepted)
    {
        using var admin = engine.SimulatorAdmin();
        if (setting is not null)
        {
            var put = await admin.SendRawAsync(HttpMethod.Put, "/sim/v1/rules", """{"version": 1, "policies": {"conflicts": {"dateOfBirthFormat": """ + $"\"{setting}\"" + "}}}");
            put.Code.Should().Be(200, put.Text);
        }

        try
        {
            using var client = await engine.LoginTenantAsync();
            await ExpectAsync(client, "19900315", compactAccepted, setting);
            await ExpectAsync(client, "1990-03-15", isoAccepted, setting);
        }
        finally
        {
            if (setting is not null)
            {
                (await admin.DeleteAsync("/sim/v1/rules")).Code.Should().Be(200);
            }
        }
    }

    private async Task ExpectAsync(EclipseClient client, string dateOfBirth, bool accepted, string? setting)
    {
        var tenantId = engine.Seed.Tenants[0].TenantId;
        var externalUniqueId = "dob-" + Guid.NewGuid().ToString("N");
        var response = await client.PostAsync($"tenants/{tenantId}/customers", new { externalUniqueId, firstName = "Thandi", lastName = "Mokoena", dateOfBirth });
        if (accepted)
        {
            response.Code.Should().Be(201, response.Text);
            response.Json!["dateOfBirth"]!.GetValue<string>().Should().Be("19900315", "the stored form is yyyyMMdd whatever was sent");
            return;
        }

        response.Code.Should().Be(400, response.Text);
        response.ErrorCode.Should().Be("VAL001");
        response.Error["description"]!.GetValue<string>().Should().Be($"dateOfBirth must be {setting}");
        (await client.GetAsync($"tenants/{tenantId}/customers?externalUniqueId={externalUniqueId}")).OkArray().Should().BeEmpty("a refused customer is not stored");
    }
}
