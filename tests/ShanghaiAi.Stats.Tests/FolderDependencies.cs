using System.Collections.Immutable;
using System.Reflection;
using System.Reflection.Emit;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace ShanghaiAi.Stats.Tests;

/// <summary>
/// Which folder (namespace under <c>ShanghaiAi.Stats.</c>) of the core uses which, read from the compiled assembly: a
/// type uses every type of the assembly that appears in its base type, interfaces, fields, properties, method
/// signatures, local variables and the tokens of its method bodies (calls, field access, newobj, casts, typeof).
/// Nested and compiler-generated types (closures, state machines) count for the type they sit in.
/// </summary>
public sealed class FolderDependencies
{
    private const string Root = "ShanghaiAi.Stats.";
    private static readonly Dictionary<short, OperandType> Operands = typeof(OpCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!).ToDictionary(o => o.Value, o => o.OperandType);

    private FolderDependencies(IReadOnlyDictionary<(string From, string To), SortedSet<string>> uses) => Uses = uses;

    /// <summary>(using folder, used folder) -> "UsingType -> UsedType" examples, one per pair of types.</summary>
    public IReadOnlyDictionary<(string From, string To), SortedSet<string>> Uses { get; }

    public static FolderDependencies Of(Assembly assembly)
    {
        using var pe = new PEReader(File.OpenRead(assembly.Location));
        var md = pe.GetMetadataReader();
        var uses = new Dictionary<(string, string), SortedSet<string>>();
        var provider = new TypeCollector(md);
        foreach (var handle in md.TypeDefinitions)
        {
            var owner = Outermost(md, handle);
            var from = FolderOf(md, owner);
            if (from is null)
            {
                continue;
            }

            var used = new HashSet<TypeDefinitionHandle>();
            Collect(md, pe, provider, md.GetTypeDefinition(handle), used);
            foreach (var t in used.Select(u => Outermost(md, u)).Distinct())
            {
                if (FolderOf(md, t) is { } to && to != from)
                {
                    var key = (from, to);
                    if (!uses.TryGetValue(key, out var set))
                    {
                        uses[key] = set = new SortedSet<string>(StringComparer.Ordinal);
                    }

                    set.Add($"{md.GetString(md.GetTypeDefinition(owner).Name)} -> {md.GetString(md.GetTypeDefinition(t).Name)}");
                }
            }
        }

        return new FolderDependencies(uses);
    }

    private static void Collect(MetadataReader md, PEReader pe, TypeCollector p, TypeDefinition type, HashSet<TypeDefinitionHandle> used)
    {
        Add(md, p, type.BaseType, used);
        foreach (var i in type.GetInterfaceImplementations())
        {
            Add(md, p, md.GetInterfaceImplementation(i).Interface, used);
        }

        foreach (var f in type.GetFields())
        {
            used.UnionWith(md.GetFieldDefinition(f).DecodeSignature(p, null));
        }

        foreach (var prop in type.GetProperties())
        {
            var sig = md.GetPropertyDefinition(prop).DecodeSignature(p, null);
            used.UnionWith(sig.ReturnType.Concat(sig.ParameterTypes.SelectMany(x => x)));
        }

        foreach (var m in type.GetMethods())
        {
            var method = md.GetMethodDefinition(m);
            var sig = method.DecodeSignature(p, null);
            used.UnionWith(sig.ReturnType.Concat(sig.ParameterTypes.SelectMany(x => x)));
            if (method.RelativeVirtualAddress == 0)
            {
                continue;
            }

            var body = pe.GetMethodBody(method.RelativeVirtualAddress);
            if (!body.LocalSignature.IsNil)
            {
                foreach (var local in md.GetStandaloneSignature(body.LocalSignature).DecodeLocalSignature(p, null))
                {
                    used.UnionWith(local);
                }
            }

            Tokens(md, p, body.GetILBytes()!, used);
        }
    }

    private static void Tokens(MetadataReader md, TypeCollector p, byte[] il, HashSet<TypeDefinitionHandle> used)
    {
        for (var i = 0; i < il.Length;)
        {
            short code = il[i++];
            if (code == 0xFE)
            {
                code = unchecked((short)(0xFE00 | il[i++]));
            }

            var operand = Operands[code];
            switch (operand)
            {
                case OperandType.InlineField or OperandType.InlineMethod or OperandType.InlineType or OperandType.InlineTok:
                    Add(md, p, MetadataTokens.EntityHandle(BitConverter.ToInt32(il, i)), used);
                    i += 4;
                    break;
                case OperandType.InlineSwitch:
                    i += 4 + (4 * BitConverter.ToInt32(il, i));
                    break;
                case OperandType.InlineI8 or OperandType.InlineR:
                    i += 8;
                    break;
                case OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar:
                    i += 1;
                    break;
                case OperandType.InlineVar:
                    i += 2;
                    break;
                case OperandType.InlineNone:
                    break;
                default:
                    i += 4;
                    break;
            }
        }
    }

    private static void Add(MetadataReader md, TypeCollector p, EntityHandle h, HashSet<TypeDefinitionHandle> used)
    {
        if (h.IsNil)
        {
            return;
        }

        switch (h.Kind)
        {
            case HandleKind.TypeDefinition:
                used.Add((TypeDefinitionHandle)h);
                break;
            case HandleKind.TypeSpecification:
                used.UnionWith(md.GetTypeSpecification((TypeSpecificationHandle)h).DecodeSignature(p, null));
                break;
            case HandleKind.MethodDefinition:
                used.Add(md.GetMethodDefinition((MethodDefinitionHandle)h).GetDeclaringType());
                break;
            case HandleKind.FieldDefinition:
                used.Add(md.GetFieldDefinition((FieldDefinitionHandle)h).GetDeclaringType());
                break;
            case HandleKind.MemberReference:
                var member = md.GetMemberReference((MemberReferenceHandle)h);
                Add(md, p, member.Parent, used);
                if (member.GetKind() == MemberReferenceKind.Method)
                {
                    var sig = member.DecodeMethodSignature(p, null);
                    used.UnionWith(sig.ReturnType.Concat(sig.ParameterTypes.SelectMany(x => x)));
                }
                else
                {
                    used.UnionWith(member.DecodeFieldSignature(p, null));
                }

                break;
            case HandleKind.MethodSpecification:
                var spec = md.GetMethodSpecification((MethodSpecificationHandle)h);
                Add(md, p, spec.Method, used);
                foreach (var t in spec.DecodeSignature(p, null))
                {
                    used.UnionWith(t);
                }

                break;
        }
    }

    private static TypeDefinitionHandle Outermost(MetadataReader md, TypeDefinitionHandle h)
    {
        while (md.GetTypeDefinition(h).GetDeclaringType() is { IsNil: false } outer)
        {
            h = outer;
        }

        return h;
    }

    /// <summary>"Ingest" for ShanghaiAi.Stats.Ingest (and its sub-namespaces); null outside the core's folders.</summary>
    private static string? FolderOf(MetadataReader md, TypeDefinitionHandle h)
    {
        var ns = md.GetString(md.GetTypeDefinition(h).Namespace);
        return ns.StartsWith(Root, StringComparison.Ordinal) ? ns[Root.Length..].Split('.')[0] : null;
    }

    /// <summary>Decodes signatures into the types of this assembly they mention.</summary>
    private sealed class TypeCollector(MetadataReader md) : ISignatureTypeProvider<ImmutableArray<TypeDefinitionHandle>, object?>
    {
        private static readonly ImmutableArray<TypeDefinitionHandle> None = [];

        public ImmutableArray<TypeDefinitionHandle> GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind) => [handle];

        public ImmutableArray<TypeDefinitionHandle> GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind) => None;

        public ImmutableArray<TypeDefinitionHandle> GetTypeFromSpecification(MetadataReader reader, object? genericContext, TypeSpecificationHandle handle, byte rawTypeKind)
            => md.GetTypeSpecification(handle).DecodeSignature(this, genericContext);

        public ImmutableArray<TypeDefinitionHandle> GetSZArrayType(ImmutableArray<TypeDefinitionHandle> elementType) => elementType;

        public ImmutableArray<TypeDefinitionHandle> GetArrayType(ImmutableArray<TypeDefinitionHandle> elementType, ArrayShape shape) => elementType;

        public ImmutableArray<TypeDefinitionHandle> GetByReferenceType(ImmutableArray<TypeDefinitionHandle> elementType) => elementType;

        public ImmutableArray<TypeDefinitionHandle> GetPointerType(ImmutableArray<TypeDefinitionHandle> elementType) => elementType;

        public ImmutableArray<TypeDefinitionHandle> GetPinnedType(ImmutableArray<TypeDefinitionHandle> elementType) => elementType;

        public ImmutableArray<TypeDefinitionHandle> GetGenericInstantiation(ImmutableArray<TypeDefinitionHandle> genericType, ImmutableArray<ImmutableArray<TypeDefinitionHandle>> typeArguments)
            => genericType.AddRange(typeArguments.SelectMany(a => a));

        public ImmutableArray<TypeDefinitionHandle> GetFunctionPointerType(MethodSignature<ImmutableArray<TypeDefinitionHandle>> signature)
            => signature.ReturnType.AddRange(signature.ParameterTypes.SelectMany(a => a));

        public ImmutableArray<TypeDefinitionHandle> GetModifiedType(ImmutableArray<TypeDefinitionHandle> modifier, ImmutableArray<TypeDefinitionHandle> unmodifiedType, bool isRequired) => unmodifiedType;

        public ImmutableArray<TypeDefinitionHandle> GetGenericMethodParameter(object? genericContext, int index) => None;

        public ImmutableArray<TypeDefinitionHandle> GetGenericTypeParameter(object? genericContext, int index) => None;

        public ImmutableArray<TypeDefinitionHandle> GetPrimitiveType(PrimitiveTypeCode typeCode) => None;
    }
}
