using System.Globalization;
using EclipseConformance.Engine.Errors;
using EclipseConformance.Engine.Rules;

namespace EclipseConformance.Engine.Customers;

/// <summary>Field constraints of REF-CUST; every violation is listed in one VAL001 description.</summary>
public static class CustomerValidation
{
    /// <summary>
    /// Checks a create-customer body, accepting <c>dateOfBirth</c> in the format(s) policy <c>conflicts.dateOfBirthFormat</c> allows
    /// (REF-CUST's yyyyMMdd, EFT-CUC's yyyy-MM-dd, or EITHER); the stored value is always yyyyMMdd.
    /// </summary>
    public static ApiError? Validate(
        CreateCustomerRequest r, string country, DateOfBirthFormat dateOfBirthFormat, out string? phone, out string? phoneKey, out string? dateOfBirth)
    {
        ArgumentNullException.ThrowIfNull(r);
        var problems = new List<string>();
        phone = null;
        phoneKey = null;
        dateOfBirth = null;
        Length(problems, "externalUniqueId", r.ExternalUniqueId, 6, 100, required: true);
        Length(problems, "firstName", r.FirstName, 2, 50, required: true);
        Length(problems, "lastName", r.LastName, 2, 50, required: true);
        Length(problems, "email", r.Email, 5, 100, required: false);
        Length(problems, "nationalIdentityNumber", r.NationalIdentityNumber, 5, 20, required: false);
        Length(problems, "passportNumber", r.PassportNumber, 5, 20, required: false);
        Length(problems, "title", r.Title, 1, 10, required: false);
        if (r.Phone1 is not null)
        {
            if (PhoneNumbers.TryNormalise(r.Phone1, country, out var international, out var key))
            {
                phone = international;
                phoneKey = key;
            }
            else
            {
                problems.Add($"phone1 is not a valid {country} phone number (digits with country code, e.g. {PhoneNumbers.CallingCode(country)}...)");
            }
        }

        if (r.DateOfBirth is not null)
        {
            // REF-CUST documents yyyyMMdd, EFT-CUC's example uses yyyy-MM-dd (fact sheet 10; ADR 0016): the policy picks.
            string[] formats = dateOfBirthFormat switch
            {
                DateOfBirthFormat.Compact => ["yyyyMMdd"],
                DateOfBirthFormat.Iso => ["yyyy-MM-dd"],
                _ => ["yyyyMMdd", "yyyy-MM-dd"],
            };
            if (DateOnly.TryParseExact(r.DateOfBirth, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var dob))
            {
                dateOfBirth = dob.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
            }
            else
            {
                problems.Add(dateOfBirthFormat switch
                {
                    DateOfBirthFormat.Compact => "dateOfBirth must be yyyyMMdd",
                    DateOfBirthFormat.Iso => "dateOfBirth must be yyyy-MM-dd",
                    _ => "dateOfBirth must be yyyyMMdd (or yyyy-MM-dd)",
                });
            }
        }

        if (r.Gender is not null and not ("M" or "F" or "X"))
        {
            problems.Add("gender must be M, F or X");
        }

        if (r.Status is not null and not ("ACTIVE" or "INACTIVE"))
        {
            problems.Add("status must be ACTIVE or INACTIVE");
        }

        return problems.Count == 0 ? null : ApiError.Validation(string.Join("; ", problems));
    }

    public static void Length(List<string> problems, string field, string? value, int min, int max, bool required)
    {
        if (value is null)
        {
            if (required)
            {
                problems.Add($"{field} is required");
            }

            return;
        }

        if (value.Length < min || value.Length > max)
        {
            problems.Add($"{field} must be {min}-{max} characters");
        }
        else if (!Primitives.UnicodeText.IsWellFormed(value))
        {
            problems.Add($"{field} must be well-formed Unicode text (no lone surrogates or noncharacters)");
        }
    }
}
