using System.Collections.Frozen;

namespace Pantau.Languages;

public enum ActorKind { State, Org, Group, Source }

public sealed record ActorInfo(string Code, ActorKind Kind, string Name);

/// <summary>Every actor code Pantau knows, from <c>lexicons/actors/actors.tsv</c>.</summary>
public sealed class Gazetteer
{
    private readonly FrozenDictionary<string, ActorInfo> _actors;

    public Gazetteer(IEnumerable<ActorInfo> actors) =>
        _actors = actors.ToFrozenDictionary(a => a.Code, StringComparer.Ordinal);

    public bool Contains(string code) => _actors.ContainsKey(code);

    /// <summary>True for organisations (NATO, EU): what "the bloc" or "aliansi itu" can refer to.</summary>
    public bool IsOrganization(string code) => _actors.TryGetValue(code, out var actor) && actor.Kind == ActorKind.Org;
}
