using System.Text.Json;
using System.Text.Json.Serialization;
using SearchEngine.Indexing.Schema;
using SearchEngine.Querying.Search;

namespace SearchEngine.Querying.SavedQueries;

/// <summary>
/// A saved query's filters as the file holds them: each of the schema's dimensions under its selection name, in the
/// schema's order, then the <c>from</c> and <c>to</c> days. A key that names no dimension is refused, as any unknown key
/// in the file is.
/// </summary>
internal sealed class FacetFiltersJson : JsonConverter<FacetFilters>
{
    private const string From = "from";
    private const string To = "to";

    public override FacetFilters Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject) throw new JsonException("filters must be an object");
        var filters = FacetFilters.None;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var key = reader.GetString()!;
            reader.Read();
            filters = key switch
            {
                From => filters with { From = JsonSerializer.Deserialize<DateOnly?>(ref reader, options) },
                To => filters with { To = JsonSerializer.Deserialize<DateOnly?>(ref reader, options) },
                _ => filters.With(DimensionNamed(key), JsonSerializer.Deserialize<IReadOnlyList<string>>(ref reader, options) ?? []),
            };
        }
        return filters;
    }

    public override void Write(Utf8JsonWriter writer, FacetFilters value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        foreach (var dimension in ArticleSchema.FacetDimensions)
        {
            writer.WritePropertyName(dimension.SelectionName);
            JsonSerializer.Serialize(writer, value.Selected(dimension), options);
        }
        writer.WritePropertyName(From);
        JsonSerializer.Serialize(writer, value.From, options);
        writer.WritePropertyName(To);
        JsonSerializer.Serialize(writer, value.To, options);
        writer.WriteEndObject();
    }

    private static FacetDimension DimensionNamed(string key) =>
        ArticleSchema.FacetDimensions.FirstOrDefault(d => d.SelectionName == key)
        ?? throw new JsonException(
            $"unknown filter '{key}'; one of {string.Join(", ", ArticleSchema.FacetDimensions.Select(d => d.SelectionName).Append(From).Append(To))}");
}
