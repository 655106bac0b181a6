using System.Text.Json;

namespace OutsourcingAdvisor.Domain.Catalogue.Seed;

/// <summary>Reads the fields of one JSON object in a seed file and reports any problem with its file, entry and field.</summary>
internal sealed class SeedEntry(string file, string entry, JsonElement element, string prefix = "")
{
    public string File { get; } = file;
    public string Name { get; } = entry;

    /// <summary>The same object reported under its own name, for lists whose items are entries of their own.</summary>
    public SeedEntry Named(string name) => new(File, name, element);

    public SeedDataException Fail(string field, string problem) => new(File, Name, prefix + field, problem);

    private JsonElement? Get(string field) =>
        element.TryGetProperty(field, out var v) && v.ValueKind != JsonValueKind.Null ? v : null;

    public bool Has(string field) => Get(field) is not null;

    private JsonElement Required(string field) => Get(field) ?? throw Fail(field, "is missing");

    public string String(string field)
    {
        var v = Required(field);
        if (v.ValueKind != JsonValueKind.String) throw Fail(field, $"must be text, not {Kind(v)}");
        var s = v.GetString()!.Trim();
        if (s.Length == 0) throw Fail(field, "is empty");
        return s;
    }

    public string? OptionalString(string field) => Get(field) is null ? null : String(field);

    public decimal Decimal(string field)
    {
        var v = Required(field);
        if (v.ValueKind != JsonValueKind.Number || !v.TryGetDecimal(out var d)) throw Fail(field, $"must be a number, not {Kind(v)}");
        return d;
    }

    public decimal? OptionalDecimal(string field) => Get(field) is null ? null : Decimal(field);

    public double Double(string field) => (double)Decimal(field);

    public int Int(string field)
    {
        var v = Required(field);
        if (v.ValueKind != JsonValueKind.Number || !v.TryGetInt32(out var i)) throw Fail(field, $"must be a whole number, not {Kind(v)}");
        return i;
    }

    public int? OptionalInt(string field) => Get(field) is null ? null : Int(field);

    public bool Bool(string field, bool fallback)
    {
        var v = Get(field);
        if (v is null) return fallback;
        return v.Value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw Fail(field, $"must be true or false, not {Kind(v.Value)}"),
        };
    }

    public List<string> Strings(string field, bool required = true)
    {
        var v = Get(field);
        if (v is null) return required ? throw Fail(field, "is missing") : [];
        if (v.Value.ValueKind != JsonValueKind.Array) throw Fail(field, $"must be a list, not {Kind(v.Value)}");
        var list = new List<string>();
        foreach (var item in v.Value.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(item.GetString()))
                throw Fail(field, "must hold only non-empty text");
            list.Add(item.GetString()!.Trim());
        }
        return list;
    }

    public List<decimal> Decimals(string field)
    {
        var v = Required(field);
        if (v.ValueKind != JsonValueKind.Array) throw Fail(field, $"must be a list, not {Kind(v)}");
        return [.. v.EnumerateArray().Select(i => i.ValueKind == JsonValueKind.Number && i.TryGetDecimal(out var d) ? d : throw Fail(field, "must hold only numbers"))];
    }

    public SeedEntry Object(string field)
    {
        var v = Required(field);
        if (v.ValueKind != JsonValueKind.Object) throw Fail(field, $"must be an object, not {Kind(v)}");
        return new SeedEntry(File, Name, v, prefix + field + ".");
    }

    public SeedEntry? OptionalObject(string field) => Get(field) is null ? null : Object(field);

    /// <summary>A nested list of objects; each keeps this entry's name and gets "field[i]." before its fields.</summary>
    public IEnumerable<SeedEntry> Objects(string field)
    {
        var v = Required(field);
        if (v.ValueKind != JsonValueKind.Array) throw Fail(field, $"must be a list, not {Kind(v)}");
        var i = 0;
        foreach (var item in v.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Object) throw Fail($"{field}[{i}]", $"must be an object, not {Kind(item)}");
            yield return new SeedEntry(File, Name, item, $"{prefix}{field}[{i}].");
            i++;
        }
    }

    public Dictionary<string, double> Numbers(string field)
    {
        var v = Required(field);
        if (v.ValueKind != JsonValueKind.Object) throw Fail(field, $"must be an object, not {Kind(v)}");
        var map = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var p in v.EnumerateObject())
        {
            if (p.Value.ValueKind != JsonValueKind.Number) throw Fail($"{field}.{p.Name}", $"must be a number, not {Kind(p.Value)}");
            map[p.Name] = p.Value.GetDouble();
        }
        return map;
    }

    internal static string Kind(JsonElement v) => v.ValueKind switch
    {
        JsonValueKind.String => "text",
        JsonValueKind.Number => "a number",
        JsonValueKind.Array => "a list",
        JsonValueKind.Object => "an object",
        JsonValueKind.True or JsonValueKind.False => "true/false",
        _ => v.ValueKind.ToString().ToLowerInvariant(),
    };
}
