// The two queues of storage mode: the work queue (one message per event to
// dispatch, a reference to its row) and the poison queue (what can never be
// sent, with its reason), each over its own QueueClient.
import type { QueueClient } from '@azure/storage-queue'
import { statusOf, isMissingResource, type CallTimeout } from './azure-storage.js'
import { decodeMessage, encodeMessage, type OutboxMessage, type PoisonMessage } from './outbox.js'

/** A message taken from a queue, invisible to others until its visibility timeout. */
export interface ReceivedMessage {
  readonly messageId: string
  readonly popReceipt: string
  readonly body: OutboxMessage | PoisonMessage | undefined
  readonly dequeueCount: number
}

export interface PoisonListing {
  /** The queue's approximate length. */
  readonly approximateCount: number
  readonly messages: Array<{ messageId: string; insertedOn?: Date; message: OutboxMessage | PoisonMessage | undefined }>
}

/** What both queues do: send, take, give back, delete. */
class AzureQueue {
  constructor(
    protected readonly queue: QueueClient,
    protected readonly timeout: CallTimeout,
    /** Told of every failed call: a queue found missing is made again before the next. */
    private readonly onError: (error: unknown) => void = () => {}
  ) {}

  async create(): Promise<void> {
    await this.queue.createIfNotExists(this.timeout.options)
  }

  protected async call<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work()
    } catch (error) {
      this.onError(error)
      throw error
    }
  }

  protected async send(text: string, delayMs = 0): Promise<void> {
    await this.call(() =>
      this.queue.sendMessage(text, { messageTimeToLive: -1, visibilityTimeout: Math.ceil(delayMs / 1000), ...this.timeout.options })
    )
  }

  async receive(count: number, visibilityMs: number): Promise<ReceivedMessage[]> {
    const response = await this.call(() =>
      this.queue.receiveMessages({
        numberOfMessages: Math.min(32, Math.max(1, count)),
        visibilityTimeout: Math.ceil(visibilityMs / 1000),
        ...this.timeout.options
      })
    )
    return response.receivedMessageItems.map(item => ({
      messageId: item.messageId,
      popReceipt: item.popReceipt,
      body: decodeMessage(item.messageText),
      dequeueCount: item.dequeueCount
    }))
  }

  /** The message comes back after `delayMs`, carrying `text` when given (else unchanged). */
  async defer(item: { messageId: string; popReceipt: string }, delayMs: number, text?: string): Promise<void> {
    await this.call(() => this.queue.updateMessage(item.messageId, item.popReceipt, text, Math.ceil(delayMs / 1000), this.timeout.options))
  }

  async delete(item: { messageId: string; popReceipt: string }): Promise<void> {
    try {
      await this.call(() => this.queue.deleteMessage(item.messageId, item.popReceipt, this.timeout.options))
    } catch (error) {
      // Already gone, or taken by another after its visibility ended: either way not ours to delete.
      if (statusOf(error) !== 404 || isMissingResource(error)) throw error
    }
  }
}

export class AzureWorkQueue extends AzureQueue {
  async enqueue(message: OutboxMessage, delayMs = 0): Promise<void> {
    await this.send(encodeMessage(message), delayMs)
  }
}

export class AzurePoisonQueue extends AzureQueue {
  async add(message: PoisonMessage): Promise<void> {
    await this.send(encodeMessage(message))
  }

  /** The first (up to 32) poison messages, without taking them. */
  async list(): Promise<PoisonListing> {
    const [properties, peeked] = await Promise.all([
      this.call(() => this.queue.getProperties(this.timeout.options)),
      this.call(() => this.queue.peekMessages({ numberOfMessages: 32, ...this.timeout.options }))
    ])
    return {
      approximateCount: properties.approximateMessagesCount ?? peeked.peekedMessageItems.length,
      messages: peeked.peekedMessageItems.map(item => ({
        messageId: item.messageId,
        insertedOn: item.insertedOn,
        message: decodeMessage(item.messageText)
      }))
    }
  }
}
