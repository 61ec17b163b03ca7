import type { PrismaClient } from '../../prisma/client';

export interface ContactFormActivityDeps {
  prisma: PrismaClient;
}

/** The form's record follows its process; each write sets values once, so a retry changes nothing. */
export const createContactFormActivities = ({ prisma }: ContactFormActivityDeps) => ({
  async recordAcknowledged(formId: number, byId: number): Promise<void> {
    await prisma.contactForm.updateMany({ where: { id: formId, acknowledgedAt: null }, data: { status: 'ACKNOWLEDGED', acknowledgedAt: new Date(), acknowledgedById: byId } });
  },

  async recordReply(formId: number, reply: string, byId: number): Promise<void> {
    await prisma.contactForm.updateMany({ where: { id: formId, repliedAt: null }, data: { status: 'REPLIED', reply, repliedAt: new Date(), repliedById: byId } });
  },
});

export type ContactFormActivities = ReturnType<typeof createContactFormActivities>;
