// The shared test helpers of Support/ (workbooks, files, a seeded warehouse, codes) are visible to every test folder.
global using ShanghaiAi.Stats.Tests.Support;
