import { maxLength, required, TextInput } from 'react-admin';
import { pickWritable } from '../../common/transform';

export const estateTransform = pickWritable(['name', 'nameEn', 'address'] as const);

export const EstateInputs = () => (
  <>
    <TextInput source="name" validate={[required(), maxLength(100)]} />
    <TextInput source="nameEn" validate={maxLength(100)} />
    <TextInput source="address" validate={[required(), maxLength(200)]} />
  </>
);
