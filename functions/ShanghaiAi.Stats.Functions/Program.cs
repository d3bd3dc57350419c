using ShanghaiAi.Stats.Functions;

var app = FunctionsApp.Build(args);
await app.RunAsync();
