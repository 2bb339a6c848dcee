/**
 * Runs workflows made of our nodes inside n8n-core's real WorkflowExecute engine, the way n8n
 * itself runs them (adapted from n8n's unpublished NodeTestHarness). Binary data can be kept
 * inline (base64 in the item) or in n8n's filesystem store, as a default n8n 2.x install does.
 */
import { BinaryDataConfig, BinaryDataService, ExecutionLifecycleHooks, WorkflowExecute } from 'n8n-core';
import type {
	IBinaryData,
	IDataObject,
	INodeExecutionData,
	INodeType,
	INodeTypes,
	IRun,
	IRunExecutionData,
	IVersionedNodeType,
	IWorkflowBase,
	IWorkflowExecuteAdditionalData,
	WorkflowParameters,
} from 'n8n-workflow';
import { BINARY_ENCODING, NodeHelpers, Workflow, createRunExecutionData } from 'n8n-workflow';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CleanData } from '../../nodes/CleanData/CleanData.node';
import { ConvertFormat } from '../../nodes/ConvertFormat/ConvertFormat.node';
import { CrmSource } from '../../nodes/CrmSource/CrmSource.node';
import { FuseRecords } from '../../nodes/FuseRecords/FuseRecords.node';
import { ThirdPartySync } from '../../nodes/ThirdPartySync/ThirdPartySync.node';
import { testCredentials } from './credentialsHelper';

// The DI container n8n-core itself uses (npm may nest a copy of @n8n/di under n8n-core).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { Container } = require(require.resolve('@n8n/di', { paths: [require.resolve('n8n-core')] })) as typeof import('@n8n/di');

const PACKAGE = 'n8n-nodes-crm-integration';

const ourNodes: Record<string, INodeType | IVersionedNodeType> = {
	[`${PACKAGE}.cleanData`]: new CleanData(),
	[`${PACKAGE}.convertFormat`]: new ConvertFormat(),
	[`${PACKAGE}.crmSource`]: new CrmSource(),
	[`${PACKAGE}.fuseRecords`]: new FuseRecords(),
	[`${PACKAGE}.thirdPartySync`]: new ThirdPartySync(),
};

class TestNodeTypes implements INodeTypes {
	getByName(type: string) {
		return ourNodes[type];
	}
	getByNameAndVersion(type: string, version?: number) {
		const nodeType = ourNodes[type];
		if (!nodeType) throw new Error(`Unknown node type ${type}`);
		return NodeHelpers.getVersionedNodeType(nodeType, version);
	}
	getKnownTypes() {
		return {};
	}
}

/** Loads a workflow fixture from test/nodes/workflows. */
export function loadWorkflow(name: string): Pick<IWorkflowBase, 'nodes' | 'connections'> & { settings?: object } {
	return JSON.parse(readFileSync(join(__dirname, 'workflows', name), 'utf8'));
}

export interface RunResult {
	run: IRun;
	/** The output items of a node's first run (main output 0, or the one given). */
	output(nodeName: string, outputIndex?: number): INodeExecutionData[];
	/** The execution hints a node's first run left. */
	hints(nodeName: string): string[];
	/** The workflow's static data after the run (pass it to the next run as `workflow.staticData`). */
	staticData: IDataObject;
	/** The error a node threw, if any. */
	error(nodeName?: string): Error | undefined;
}

let filesystemStore: BinaryDataService | undefined;

/**
 * Switches n8n-core's binary data service to its filesystem store (n8n 2.x's default mode) in a
 * temporary folder. Without this call binary data stays inline as base64.
 */
export async function useFilesystemBinaryStore(): Promise<BinaryDataService> {
	if (filesystemStore) return filesystemStore;
	const config = Container.get(BinaryDataConfig);
	config.mode = 'filesystem';
	config.localStoragePath = mkdtempSync(join(tmpdir(), 'crm-binary-'));
	filesystemStore = Container.get(BinaryDataService);
	await filesystemStore.init();
	return filesystemStore;
}

/** The bytes of a binary property, wherever n8n stored them. */
export async function binaryBuffer(binary: IBinaryData): Promise<Buffer> {
	if (binary.id) return await Container.get(BinaryDataService).getAsBuffer(binary);
	return Buffer.from(binary.data, BINARY_ENCODING);
}

/** An input item carrying a file in binary property `data` (inline, as a Webhook node delivers it). */
export function fileItem(content: string | Buffer, fileName: string, mimeType: string, property = 'data'): INodeExecutionData {
	const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
	return {
		json: {},
		binary: { [property]: { data: bytes.toString(BINARY_ENCODING), mimeType, fileName, fileSize: String(bytes.length) } },
	};
}

/** Runs `workflow` starting at `startNode` with `input` as that node's incoming items. */
export async function runWorkflow(
	workflow: Pick<IWorkflowBase, 'nodes' | 'connections'> & { settings?: object },
	startNode: string,
	input: INodeExecutionData[],
): Promise<RunResult> {
	return await runWorkflowFrom(workflow, [{ node: startNode, items: input }]);
}

/**
 * Runs a workflow from several start nodes at once, each with its own input items: for nodes
 * with more than one input, fed by separate branches.
 */
export async function runWorkflowFrom(
	workflow: Pick<IWorkflowBase, 'nodes' | 'connections'> & { settings?: object },
	starts: Array<{ node: string; items: INodeExecutionData[] }>,
): Promise<RunResult> {
	const wf = new Workflow({
		id: 'test',
		name: 'test',
		nodes: workflow.nodes,
		connections: workflow.connections,
		nodeTypes: new TestNodeTypes(),
		active: false,
		settings: (workflow.settings ?? { executionOrder: 'v1' }) as WorkflowParameters['settings'],
		staticData: (workflow as { staticData?: IDataObject }).staticData ?? {},
	});
	const stack = starts.map(({ node, items }) => {
		const start = wf.getNode(node);
		if (!start) throw new Error(`No node named ${node}`);
		return { node: start, data: { main: [items] }, source: null };
	});

	const hooks = new ExecutionLifecycleHooks('manual', 'test-execution', { id: 'test' } as IWorkflowBase);
	const done = new Promise<IRun>((resolve) => hooks.addHandler('workflowExecuteAfter', (run) => resolve(run)));
	const additionalData = {
		executionId: 'test-execution',
		hooks,
		credentialsHelper: testCredentials,
		currentNodeParameters: undefined,
		restApiUrl: 'http://127.0.0.1/rest',
		webhookBaseUrl: 'http://127.0.0.1/webhook',
		webhookWaitingBaseUrl: 'http://127.0.0.1/webhook-waiting',
		webhookTestBaseUrl: 'http://127.0.0.1/webhook-test',
		formWaitingBaseUrl: 'http://127.0.0.1/form-waiting',
		variables: {},
		instanceBaseUrl: 'http://127.0.0.1/',
	} as unknown as IWorkflowExecuteAdditionalData;

	const runExecutionData: IRunExecutionData = createRunExecutionData({
		executionData: { nodeExecutionStack: stack },
	});
	await new WorkflowExecute(additionalData, 'manual', runExecutionData).processRunExecutionData(wf);
	const run = await done;

	return {
		run,
		staticData: JSON.parse(JSON.stringify(wf.staticData)) as IDataObject,
		output(nodeName, outputIndex = 0) {
			const taskData = run.data.resultData.runData[nodeName]?.[0];
			if (!taskData) throw new Error(`Node ${nodeName} did not run`);
			if (taskData.error) throw taskData.error;
			return taskData.data?.main?.[outputIndex] ?? [];
		},
		hints(nodeName) {
			return (run.data.resultData.runData[nodeName]?.[0]?.hints ?? []).map((hint) => hint.message);
		},
		error(nodeName) {
			if (nodeName) return run.data.resultData.runData[nodeName]?.[0]?.error;
			return run.data.resultData.error;
		},
	};
}
